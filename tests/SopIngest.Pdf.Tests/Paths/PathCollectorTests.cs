using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Paths;

namespace SopIngest.Pdf.Tests.Paths;

public sealed class PathCollectorTests
{
    private static readonly PdfReaderOptions Options = new();

    private static (List<Ruling> Rulings, List<Outline> Outlines) Sort(Outline outline, bool closed, bool stroked)
    {
        var segments = new List<(PointD, PointD)>();
        for (var i = 0; i + 1 < outline.Points.Count; i++)
        {
            segments.Add((outline.Points[i], outline.Points[i + 1]));
        }
        var rulings = new List<Ruling>();
        var outlines = new List<Outline>();
        var boxes = new List<Outline>();
        PathCollector.Sort(new TracedSubpath(outline, segments, closed), stroked, Options, rulings, outlines, boxes);
        PathCollector.SplitBoxes(boxes, Options, rulings, outlines);
        return (rulings, outlines);
    }

    [Theory]
    // x, y, width, height of a filled rectangle -> horizontal?
    [InlineData(28.5, 544.7, 203.2, 0.7, true)]
    [InlineData(51.0, 470.5, 0.7, 35.2, false)]
    public void A_thin_filled_rectangle_is_a_ruling_along_its_centre(double x, double y, double width, double height, bool horizontal)
    {
        var (rulings, outlines) = Sort(Some.Rectangle(x, y, width, height), closed: true, stroked: false);

        var ruling = Assert.Single(rulings);
        Assert.Empty(outlines);
        Assert.Equal(horizontal, ruling.IsHorizontal);
        Assert.Equal(horizontal ? y + height / 2 : x + width / 2, ruling.Position, 3);
    }

    [Fact]
    public void A_stroked_elbow_gives_its_straight_pieces()
    {
        var elbow = new Outline([new PointD(0, 0), new PointD(30, 0), new PointD(30, 40)], HasCurves: false);

        var (rulings, outlines) = Sort(elbow, closed: false, stroked: true);

        Assert.Equal(2, rulings.Count);
        Assert.Empty(outlines);
    }

    [Fact]
    public void A_stroked_diagonal_line_is_no_ruling()
    {
        var diagonal = new Outline([new PointD(0, 0), new PointD(30, 40)], HasCurves: false);

        Assert.Empty(Sort(diagonal, closed: false, stroked: true).Rulings);
    }

    [Fact]
    public void A_closed_symbol_sized_outline_is_a_symbol_candidate_not_rulings()
    {
        var (rulings, outlines) = Sort(Some.Rectangle(10, 10, 34.5, 15), closed: true, stroked: true);

        Assert.Empty(rulings);
        Assert.Single(outlines);
    }

    [Fact]
    public void A_stroked_frame_larger_than_any_symbol_gives_four_rulings()
    {
        var (rulings, outlines) = Sort(Some.Rectangle(20, 20, 500, 300), closed: true, stroked: true);

        Assert.Equal(4, rulings.Count);
        Assert.Empty(outlines);
    }

    [Fact]
    public void A_dot_is_neither()
    {
        var (rulings, outlines) = Sort(Some.Rectangle(10, 10, 1, 1), closed: true, stroked: false);

        Assert.Empty(rulings);
        Assert.Empty(outlines);
    }

    [Theory]
    // gap between two stroked boxes side by side: 0 = collapsed borders, 1.5 = border-spacing 2px, 17 = apart
    [InlineData(0.0, true)]
    [InlineData(1.5, true)]
    [InlineData(17.0, false)]
    public void Boxes_side_by_side_are_cells_and_boxes_apart_are_symbols(double gap, bool cells)
    {
        var rulings = new List<Ruling>();
        var outlines = new List<Outline>();
        List<Outline> boxes = [Some.Rectangle(100, 100, 34.5, 15), Some.Rectangle(134.5 + gap, 100, 34.5, 15)];

        PathCollector.SplitBoxes(boxes, Options, rulings, outlines);

        Assert.Equal(cells ? 8 : 0, rulings.Count);
        Assert.Equal(cells ? 0 : 2, outlines.Count);
    }

    [Fact]
    public void Stacked_cell_boxes_are_cells_but_a_symbol_below_another_row_is_not()
    {
        var rulings = new List<Ruling>();
        var outlines = new List<Outline>();
        // Two cells stacked in one column, and a process box 20 pt below the other box of its column.
        List<Outline> boxes = [Some.Rectangle(0, 0, 50, 30), Some.Rectangle(0, 30, 50, 30), Some.Rectangle(200, 0, 34.5, 15), Some.Rectangle(200, 35, 34.5, 15)];

        PathCollector.SplitBoxes(boxes, Options, rulings, outlines);

        Assert.Equal(8, rulings.Count);
        Assert.Equal(2, outlines.Count);
    }
}
