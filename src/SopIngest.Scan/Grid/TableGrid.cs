using SopIngest.Core.Layout;

namespace SopIngest.Scan.Grid;

/// <summary>
/// A table recovered from its ruling lines: the row and column boundaries, the cells (merged where a
/// boundary is missing, which is how spanned header cells show), and the rulings themselves so later
/// stages can erase them.
/// </summary>
internal sealed record TableGrid(Box Bounds, IReadOnlyList<double> RowEdges, IReadOnlyList<double> ColumnEdges,
    IReadOnlyList<GridCell> Cells, IReadOnlyList<Segment> Rulings)
{
    public int RowCount => RowEdges.Count - 1;
    public int ColumnCount => ColumnEdges.Count - 1;

    /// <summary>The cell whose box holds the point, or null when it is outside the table.</summary>
    public GridCell? CellAt(double x, double y) => Cells.FirstOrDefault(c => c.Box.Contains(x, y));
}
