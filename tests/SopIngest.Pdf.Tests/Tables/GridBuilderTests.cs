using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Tables;

namespace SopIngest.Pdf.Tests.Tables;

public sealed class GridBuilderTests
{
    private static readonly GridOptions Options = new();

    private static TableGrid Build(IEnumerable<Ruling> lines) =>
        GridBuilder.Build(RulingNetwork.Join(lines, Options), Options) ?? throw new InvalidOperationException("no grid");

    [Fact]
    public void A_full_grid_gives_one_cell_per_slot()
    {
        var grid = Build(Some.GridLines([0, 40, 80, 120], [0, 20, 40]));

        Assert.Equal([0, 40, 80, 120], grid.Columns);
        Assert.Equal([0, 20, 40], grid.Rows);
        Assert.Equal(6, grid.Cells.Count);
        Assert.All(grid.Cells, c => Assert.Equal((1, 1), (c.RowSpan, c.ColSpan)));
    }

    /// <summary>
    /// The procedure table's two-row header:
    /// <code>
    ///  0    20      60         100        140        180
    ///  | No | Uraian | Pelaksana           | Ket |      y 0..15
    ///  |    |        | Camat    | Staf     |     |      y 15..30
    ///  | 1  | ...    |          |          |     |      y 30..60
    /// </code>
    /// </summary>
    [Fact]
    public void A_two_row_header_gives_row_and_column_spans()
    {
        double[] xs = [0, 20, 60, 100, 140, 180];
        var lines = new List<Ruling>
        {
            Ruling.Horizontal(0, 0, 180), Ruling.Horizontal(30, 0, 180), Ruling.Horizontal(60, 0, 180),
            Ruling.Horizontal(15, 60, 140), // under "Pelaksana" only
        };
        lines.AddRange(xs.Select(x => Ruling.Vertical(x, x == 100 ? 15 : 0, 60))); // Camat|Staf starts below the group header

        var grid = Build(lines);

        Assert.Equal(3, grid.Rows.Count - 1);
        Assert.Equal(5, grid.Columns.Count - 1);
        Assert.Contains(grid.Cells, c => (c.Row, c.Column, c.RowSpan, c.ColSpan) == (0, 0, 2, 1)); // No
        Assert.Contains(grid.Cells, c => (c.Row, c.Column, c.RowSpan, c.ColSpan) == (0, 1, 2, 1)); // Uraian
        Assert.Contains(grid.Cells, c => (c.Row, c.Column, c.RowSpan, c.ColSpan) == (0, 2, 1, 2)); // Pelaksana
        Assert.Contains(grid.Cells, c => (c.Row, c.Column, c.RowSpan, c.ColSpan) == (1, 2, 1, 1)); // Camat
        Assert.Contains(grid.Cells, c => (c.Row, c.Column, c.RowSpan, c.ColSpan) == (0, 4, 2, 1)); // Ket
        Assert.Equal(4 + 2 + 5, grid.Cells.Count); // header row, sub-header row, data row
    }

    [Fact]
    public void A_logo_cell_spans_all_label_rows()
    {
        // | logo | label | value | with four label rows; the row lines stop at the logo cell.
        var lines = new List<Ruling> { Ruling.Horizontal(0, 0, 300), Ruling.Horizontal(80, 0, 300) };
        lines.AddRange(new double[] { 20, 40, 60 }.Select(y => Ruling.Horizontal(y, 100, 300)));
        lines.AddRange(new double[] { 0, 100, 180, 300 }.Select(x => Ruling.Vertical(x, 0, 80)));

        var grid = Build(lines);

        var logo = Assert.Single(grid.Cells, c => c.Column == 0);
        Assert.Equal(4, logo.RowSpan);
        Assert.Equal(1 + 4 * 2, grid.Cells.Count);
    }

    [Theory]
    [InlineData(5, 15, 0, 0)]
    [InlineData(45, 25, 1, 1)]
    [InlineData(119, 39, 1, 2)]
    public void CellAt_finds_the_slot_under_a_point(double x, double y, int row, int column)
    {
        var grid = Build(Some.GridLines([0, 40, 80, 120], [0, 20, 40]));

        var cell = grid.CellAt(x, y);

        Assert.NotNull(cell);
        Assert.Equal((row, column), (cell.Row, cell.Column));
    }

    [Fact]
    public void CellAt_is_null_outside_the_table() =>
        Assert.Null(Build(Some.GridLines([0, 40], [0, 20])).CellAt(60, 10));

    [Fact]
    public void A_mesh_of_too_many_slots_is_not_a_table()
    {
        var xs = Enumerable.Range(0, 200).Select(i => i * 5.0).ToArray();
        var ys = Enumerable.Range(0, 200).Select(i => i * 5.0).ToArray();
        var lines = xs.Select(x => Ruling.Vertical(x, 0, ys[^1])).Concat(ys.Select(y => Ruling.Horizontal(y, 0, xs[^1]))).ToList();

        Assert.Null(GridBuilder.Build(lines, Options));
    }

    [Fact]
    public void Lines_running_past_the_last_edge_close_the_grid_there()
    {
        // Cut at a page break: no bottom line, the verticals end at y = 567.
        var lines = new List<Ruling> { Ruling.Horizontal(500, 0, 100), Ruling.Horizontal(530, 0, 100) };
        lines.AddRange(new double[] { 0, 50, 100 }.Select(x => Ruling.Vertical(x, 500, 567)));

        var grid = Build(lines);

        Assert.Equal([500, 530, 567], grid.Rows);
        Assert.Equal(4, grid.Cells.Count);
    }

    [Fact]
    public void A_connector_elbow_that_touches_two_borders_is_no_grid_line()
    {
        // Columns every 60 pt, rows every 20 pt. In the middle of cell (1, 0) a small elbow runs from x = 30
        // to 58 (2 pt short of the border) at y = 30 and down to y = 38 (2 pt above the next row line):
        // both its free ends are within touching distance of borders, so pruning keeps it.
        var lines = Some.GridLines([0, 60, 120, 180, 240], [0, 20, 40, 60, 80]);
        lines.Add(Ruling.Horizontal(30, 30, 58));
        lines.Add(Ruling.Vertical(30, 30, 38));

        var grid = Build(lines);

        Assert.Equal([0, 60, 120, 180, 240], grid.Columns);
        Assert.Equal([0, 20, 40, 60, 80], grid.Rows);
        Assert.Equal(16, grid.Cells.Count);
    }
}
