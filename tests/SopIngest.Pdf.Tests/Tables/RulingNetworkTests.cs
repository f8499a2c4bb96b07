using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Tables;

namespace SopIngest.Pdf.Tests.Tables;

public sealed class RulingNetworkTests
{
    private static readonly GridOptions Options = new();

    [Theory]
    // gap between the pieces, expected number of lines after joining
    [InlineData(0.0, 1)]
    [InlineData(1.0, 1)] // a connector cut at a cell border
    [InlineData(2.5, 1)]
    [InlineData(6.0, 2)] // two separate lines
    public void Join_joins_collinear_pieces_across_small_gaps(double gap, int expected)
    {
        var lines = RulingNetwork.Join([Ruling.Horizontal(10, 0, 50), Ruling.Horizontal(10.4, 50 + gap, 100)], Options);

        Assert.Equal(expected, lines.Count);
        Assert.Equal(0, lines.Min(l => l.Start));
        Assert.Equal(100, lines.Max(l => l.End));
    }

    [Fact]
    public void Join_keeps_parallel_lines_apart()
    {
        var lines = RulingNetwork.Join([Ruling.Horizontal(10, 0, 50), Ruling.Horizontal(20, 0, 50), Ruling.Vertical(10, 0, 50)], Options);

        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Prune_keeps_every_line_of_a_grid()
    {
        var grid = RulingNetwork.Join(Some.GridLines([0, 50, 100, 150], [0, 30, 60]), Options);

        var kept = RulingNetwork.Prune(grid, Options);

        Assert.Equal(grid.Count, kept.Count);
    }

    [Fact]
    public void Prune_removes_an_elbow_connector_piece_by_piece()
    {
        // Grid columns at 0, 50, 100; rows at 0, 30, 60. The connector leaves a symbol at (20, 15), runs
        // right across the border at x = 50 to x = 75, then down across y = 30 to a symbol at (75, 45).
        var lines = Some.GridLines([0, 50, 100], [0, 30, 60]);
        Ruling[] connector =
        [
            Ruling.Horizontal(15, 20, 49.5), Ruling.Horizontal(15, 50.5, 75),
            Ruling.Vertical(75, 15, 29.5), Ruling.Vertical(75, 30.5, 40),
        ];

        var kept = RulingNetwork.Prune(RulingNetwork.Join([.. lines, .. connector], Options), Options);

        Assert.DoesNotContain(kept, l => l.IsHorizontal && Math.Abs(l.Position - 15) < 1);
        Assert.DoesNotContain(kept, l => !l.IsHorizontal && Math.Abs(l.Position - 75) < 1);
        Assert.Equal(6, kept.Count);
    }

    [Fact]
    public void Prune_removes_an_underline_and_a_free_standing_rule()
    {
        Ruling[] lines = [Ruling.Horizontal(700, 100, 250), Ruling.Vertical(300, 10, 400)];

        Assert.Empty(RulingNetwork.Prune(lines, Options));
    }

    [Fact]
    public void Components_give_one_group_per_table()
    {
        var first = Some.GridLines([0, 50, 100], [0, 30, 60]);
        var second = Some.GridLines([0, 100], [100, 150, 200]);

        var groups = RulingNetwork.Components(RulingNetwork.Join([.. first, .. second], Options), Options);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Prune_keeps_a_table_cut_at_the_printable_area_without_its_bottom_border()
    {
        // A table broken at a page break: the verticals run down to the clip edge at y = 567, no line closes it.
        var lines = new List<Ruling> { Ruling.Horizontal(500, 0, 100), Ruling.Horizontal(530, 0, 100) };
        lines.AddRange(new double[] { 0, 50, 100 }.Select(x => Ruling.Vertical(x, 500, 567)));
        var frames = new List<Box> { new(0, 0, 842, 595), Box.FromEdges(-10, 28, 814, 567) };

        Assert.Empty(RulingNetwork.Prune(lines, Options));
        Assert.Equal(lines.Count, RulingNetwork.Prune(lines, Options, frames).Count);
    }
}
