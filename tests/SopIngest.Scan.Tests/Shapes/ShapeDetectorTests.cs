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

    [Theory]
    [InlineData("rounded", "Terminator")] // start and end as offices draw them
    [InlineData("square", "Process")]
    [InlineData("trapezoid", "Process")] // manual operation, wide side down
    [InlineData("inverted-trapezoid", "Process")]
    public void Boxes_of_real_forms_take_the_symbol_they_stand_for(string drawn, string expected)
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 2);
        var centre = new Point((xs[3] + xs[4]) / 2, (ys[2] + ys[3]) / 2);
        const int w = 110, h = 50, cut = 14;
        Point[] outline = drawn switch
        {
            "trapezoid" => [new(centre.X - w / 2 + cut, centre.Y - h / 2), new(centre.X + w / 2 - cut, centre.Y - h / 2), new(centre.X + w / 2, centre.Y + h / 2), new(centre.X - w / 2, centre.Y + h / 2)],
            "inverted-trapezoid" => [new(centre.X - w / 2, centre.Y - h / 2), new(centre.X + w / 2, centre.Y - h / 2), new(centre.X + w / 2 - cut, centre.Y + h / 2), new(centre.X - w / 2 + cut, centre.Y + h / 2)],
            _ => [],
        };
        if (drawn == "rounded")
        {
            RoundedRectangle(page, new Rect(centre.X - w / 2, centre.Y - h / 2, w, h), 9);
        }
        else if (drawn == "square")
        {
            Pictures.Rectangle(page, centre.X, centre.Y, w, h);
        }
        else
        {
            Cv2.Polylines(page, [outline], true, Scalar.Black, 3);
        }

        using var ink = GridDetectorTests.Ink(page);
        var table = Assert.Single(new GridDetector(Options).Detect(ink));
        var shape = Assert.Single(ShapeDetector.Detect(ink, [table], 300));

        Assert.Equal(Enum.Parse<MarkKind>(expected), shape.Kind);
    }

    private static void RoundedRectangle(Mat page, Rect box, int radius)
    {
        Pictures.Line(page, box.Left + radius, box.Top, box.Right - radius, box.Top);
        Pictures.Line(page, box.Left + radius, box.Bottom, box.Right - radius, box.Bottom);
        Pictures.Line(page, box.Left, box.Top + radius, box.Left, box.Bottom - radius);
        Pictures.Line(page, box.Right, box.Top + radius, box.Right, box.Bottom - radius);
        Cv2.Ellipse(page, new Point(box.Left + radius, box.Top + radius), new Size(radius, radius), 0, 180, 270, Scalar.Black, 3);
        Cv2.Ellipse(page, new Point(box.Right - radius, box.Top + radius), new Size(radius, radius), 0, 270, 360, Scalar.Black, 3);
        Cv2.Ellipse(page, new Point(box.Left + radius, box.Bottom - radius), new Size(radius, radius), 0, 90, 180, Scalar.Black, 3);
        Cv2.Ellipse(page, new Point(box.Right - radius, box.Bottom - radius), new Size(radius, radius), 0, 0, 90, Scalar.Black, 3);
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
