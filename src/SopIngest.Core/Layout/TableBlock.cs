namespace SopIngest.Core.Layout;

/// <summary>
/// A table as a grid of cells. A spanned cell is stored once, at its top-left slot; <see cref="At"/>
/// answers for every slot it covers.
/// </summary>
public sealed record TableBlock : Block
{
    private readonly Cell?[,] _grid;
    private readonly IReadOnlyList<Cell>[] _rows;

    public TableBlock(IReadOnlyList<Cell> cells, int page = 1) : base(page)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells;
        RowCount = cells.Count == 0 ? 0 : cells.Max(c => c.Row + c.RowSpan);
        ColumnCount = cells.Count == 0 ? 0 : cells.Max(c => c.Column + c.ColSpan);
        _grid = new Cell?[RowCount, ColumnCount];
        _rows = cells.GroupBy(c => c.Row).Aggregate(new IReadOnlyList<Cell>[RowCount], (rows, g) =>
        {
            rows[g.Key] = g.OrderBy(c => c.Column).ToList();
            return rows;
        });
        foreach (var cell in cells)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColSpan; c++)
                {
                    _grid[r, c] ??= cell;
                }
            }
        }
    }

    public IReadOnlyList<Cell> Cells { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }

    public Cell? At(int row, int column) =>
        row >= 0 && row < RowCount && column >= 0 && column < ColumnCount ? _grid[row, column] : null;

    /// <summary>The cells that start in <paramref name="row"/>, left to right.</summary>
    public IReadOnlyList<Cell> Row(int row) => row >= 0 && row < RowCount ? _rows[row] ?? [] : [];

    /// <summary>Builds a table from rows of cell texts (tab-separated exports, pipe tables).</summary>
    public static TableBlock FromRows(IReadOnlyList<IReadOnlyList<Cell>> rows, int page = 1)
    {
        var cells = new List<Cell>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                cells.Add(rows[r][c] with { Row = r, Column = c });
            }
        }
        return new TableBlock(cells, page);
    }
}
