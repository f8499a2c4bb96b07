using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Tables;

/// <summary>
/// A ruled table: the x of every column separator, the y of every row separator (both ascending, outer
/// frame included) and the cells, spanned cells once.
/// </summary>
internal sealed record TableGrid(IReadOnlyList<double> Columns, IReadOnlyList<double> Rows, IReadOnlyList<GridCell> Cells)
{
    public Box Box => Box.FromEdges(Columns[0], Rows[0], Columns[^1], Rows[^1]);

    /// <summary>The cell whose box holds the point, or null outside the table.</summary>
    public GridCell? CellAt(double x, double y)
    {
        var column = Slot(Columns, x);
        var row = Slot(Rows, y);
        if (column < 0 || row < 0)
        {
            return null;
        }
        return Cells.FirstOrDefault(c => row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColSpan);
    }

    private static int Slot(IReadOnlyList<double> edges, double value)
    {
        if (value < edges[0] || value > edges[^1])
        {
            return -1;
        }
        for (var i = 0; i < edges.Count - 1; i++)
        {
            if (value <= edges[i + 1])
            {
                return i;
            }
        }
        return edges.Count - 2;
    }
}
