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
        foreach (var cell in cells)
        {
            RowCount = Math.Max(RowCount, cell.Row + cell.RowSpan);
            ColumnCount = Math.Max(ColumnCount, cell.Column + cell.ColSpan);
        }
        _grid = new Cell?[RowCount, ColumnCount];
        _rows = RowsOf(cells, RowCount);
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

    /// <summary>The cells starting in each row, by column (ties keep their order); null for a row where none starts.</summary>
    private static IReadOnlyList<Cell>[] RowsOf(IReadOnlyList<Cell> cells, int rowCount)
    {
        var rows = new List<Cell>?[rowCount];
        foreach (var cell in cells)
        {
            (rows[cell.Row] ??= []).Add(cell);
        }
        var result = new IReadOnlyList<Cell>[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            var row = rows[r];
            if (row is not null && !IsByColumn(row))
            {
                // A stable sort, as readers may give two cells one column.
                row = [.. row.OrderBy(c => c.Column)];
            }
            result[r] = row!;
        }
        return result;
    }

    private static bool IsByColumn(List<Cell> row)
    {
        for (var i = 1; i < row.Count; i++)
        {
            if (row[i].Column < row[i - 1].Column)
            {
                return false;
            }
        }
        return true;
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
