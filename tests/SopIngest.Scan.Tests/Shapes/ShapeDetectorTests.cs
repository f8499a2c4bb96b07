using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Shapes;
using SopIngest.Scan.Tests.Grid;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Shapes;

public class ShapeDetectorTests
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();

    [Fact]
    public void Each_symbol_is_found_in_the_cell_that_holds_it()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 5);
        int Mid(int[] edges, int i) => (edges[i] + edges[i + 1]) / 2;
        Pictures.Capsule(page, Mid(xs, 2), Mid(ys, 2));
        Pictures.Rectangle(page, Mid(xs, 3), Mid(ys, 3));
        Pictures.Diamond(page, Mid(xs, 4), Mid(ys, 4));
        Pictures.Rectangle(page, Mid(xs, 2), Mid(ys, 5) - 30, 90, 36);
        Pictures.Pentagon(page, Mid(xs, 2), Mid(ys, 5) + 25, 46, 50);
        Pictures.Capsule(page, Mid(xs, 4), Mid(ys, 6));
        Pictures.Elbow(page, Mid(xs, 2) + 55, Mid(ys, 2), Mid(xs, 3), Mid(ys, 3) - 20);

        using var ink = GridDetectorTests.Ink(page);
        var table = Assert.Single(new GridDetector(Options).Detect(ink));
        var found = ShapeDetector.Detect(ink, [table], 300)
            .Select(s => (table.CellAt(s.Box.CenterX, s.Box.CenterY)!, s.Kind))
            .Select(p => (p.Item1.Row, p.Item1.Column, p.Kind))
            .OrderBy(p => p.Row).ThenBy(p => p.Kind)
            .ToList();

        Assert.Equal(
        [
            (2, 2, MarkKind.Terminator),
            (3, 3, MarkKind.Process),
            (4, 4, MarkKind.Decision),
            (5, 2, MarkKind.Process),
            (5, 2, MarkKind.OffPage),
            (6, 4, MarkKind.Terminator),
        ], found);
    }

    [Fact]
    public void Connectors_arrowheads_and_text_are_not_symbols()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 3);
        Pictures.Elbow(page, xs[2] + 20, ys[2] + 30, xs[4] + 40, ys[4] - 10);
        Pictures.Line(page, xs[3] + 10, ys[3] + 60, xs[3] + 10, ys[4] + 60);
        Cv2.PutText(page, "Mulai 10 menit", new Point(xs[1] + 10, ys[2] + 50), HersheyFonts.HersheySimplex, 1.2, Scalar.Black, 3);

        using var ink = GridDetectorTests.Ink(page);
        var table = Assert.Single(new GridDetector(Options).Detect(ink));

        Assert.Empty(ShapeDetector.Detect(ink, [table], 300));
    }

    [Fact]
    public void A_hole_inside_solid_ink_is_not_a_symbol()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 2);
        // A filled emblem with a white rectangle in it, like the shield logo of an identity page.
        Cv2.Rectangle(page, new Rect(xs[2] + 20, ys[2] + 10, 110, 100), Scalar.Black, -1);
        Cv2.Rectangle(page, new Rect(xs[2] + 40, ys[2] + 40, 70, 30), Scalar.White, -1);

        using var ink = GridDetectorTests.Ink(page);
        var table = Assert.Single(new GridDetector(Options).Detect(ink));

        Assert.Empty(ShapeDetector.Detect(ink, [table], 300));
    }
}
