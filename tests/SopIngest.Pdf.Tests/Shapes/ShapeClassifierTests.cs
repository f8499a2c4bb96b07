using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Shapes;

namespace SopIngest.Pdf.Tests.Shapes;

public sealed class ShapeClassifierTests
{
    private static readonly ShapeOptions Options = new();

    private static readonly Dictionary<string, (Outline Outline, MarkKind? Kind)> Cases = new()
    {
        ["capsule 34x15 (Mulai)"] = (Some.Rounded(10, 10, 34.5, 15), MarkKind.Terminator),
        ["small capsule"] = (Some.Rounded(0, 0, 20, 9), MarkKind.Terminator),
        ["circle: on-page connector"] = (Some.Rounded(0, 0, 14, 14), MarkKind.OffPage),
        ["tall rounded outline"] = (Some.Rounded(0, 0, 10, 30), MarkKind.Shape),
        ["process rectangle"] = (Some.Rectangle(10, 10, 34.5, 15), MarkKind.Process),
        ["square process"] = (Some.Rectangle(0, 0, 20, 20), MarkKind.Process),
        ["rectangle with a point on a side"] = (Some.Polygon((0, 0), (17, 0), (34, 0), (34, 15), (0, 15)), MarkKind.Process),
        ["diamond 30x21"] = (Some.Diamond(50, 50, 15, 10.5), MarkKind.Decision),
        ["square diamond"] = (Some.Diamond(50, 50, 12, 12), MarkKind.Decision),
        ["off-page pentagon"] = (Some.OffPage(0, 0, 13.5, 14.2), MarkKind.OffPage),
        ["arrowhead (tiny triangle)"] = (Some.Arrowhead(50, 50), MarkKind.Arrow),
        ["large triangle"] = (Some.Polygon((0, 0), (20, 0), (10, 15)), MarkKind.Arrow),
        ["parallelogram (data)"] = (Some.Polygon((5, 0), (40, 0), (35, 15), (0, 15)), MarkKind.Shape),
        ["hexagon (preparation)"] = (Some.Polygon((5, 0), (35, 0), (40, 8), (35, 16), (5, 16), (0, 8)), MarkKind.Shape),
        ["frame larger than any symbol"] = (Some.Rectangle(0, 0, 400, 300), null),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Classify_names_the_symbol_by_geometry(string name)
    {
        var (outline, expected) = Cases[name];

        Assert.Equal(expected, ShapeClassifier.Classify(outline, Options));
    }

    [Theory]
    // corner points of a square traced with duplicates and a closing point: still four corners
    [InlineData(new double[] { 0, 0, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0 }, 4)]
    [InlineData(new double[] { 0, 0, 5, 0, 10, 0, 10, 5, 10, 10, 0, 10 }, 4)]
    [InlineData(new double[] { 0, 0, 10, 0, 5, 8 }, 3)]
    public void Corners_drops_repeated_and_collinear_points(double[] coordinates, int expected)
    {
        var points = Enumerable.Range(0, coordinates.Length / 2).Select(i => new PointD(coordinates[2 * i], coordinates[2 * i + 1])).ToList();

        Assert.Equal(expected, ShapeClassifier.Corners(points, Options.VertexTolerance).Count);
    }
}
