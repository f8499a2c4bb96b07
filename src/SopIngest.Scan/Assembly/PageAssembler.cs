using SopIngest.Core.Layout;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Shapes;

namespace SopIngest.Scan.Assembly;

/// <summary>
/// Builds one page of the layout model from the recovered grids, shapes and OCR words:
/// words go to the cell holding their centre, symbols become <see cref="Mark"/>s of the cell holding
/// theirs (with the words inside a symbol as its label, not as cell text), a cell's wrapped lines are joined
/// into its paragraphs, and the words outside every
/// table become text blocks; blocks are in reading order, top to bottom.
/// </summary>
internal static class PageAssembler
{
    private static readonly WrapTolerances Wrap = new();

    public static LayoutPage Assemble(int pageNumber, double width, double height, IReadOnlyList<TableGrid> tables,
        IReadOnlyList<DetectedShape> shapes, IReadOnlyList<Word> words)
    {
        var remaining = words.ToList();
        var placed = new List<(double Top, Block Block)>();
        foreach (var table in tables)
        {
            var inTable = remaining.Where(w => table.Bounds.Contains(w.Box!.Value.CenterX, w.Box.Value.CenterY)).ToList();
            remaining = remaining.Except(inTable).ToList();
            var tableShapes = shapes.Where(s => table.Bounds.Contains(s.Box.CenterX, s.Box.CenterY)).ToList();
            placed.Add((table.Bounds.Y, BuildTable(pageNumber, table, tableShapes, inTable)));
        }
        // Text between tables is split at each table so the blocks keep the page's order.
        var edges = tables.Select(t => t.Bounds.Y).Order().ToList();
        foreach (var band in LineGrouper.Group(remaining, pageNumber, splitOnGaps: true)
                     .GroupBy(l => edges.Count(e => e < l.Box!.Value.CenterY)))
        {
            var lines = band.ToList();
            placed.Add((lines[0].Box!.Value.Y, new TextBlock(lines, pageNumber)));
        }
        return new LayoutPage(pageNumber, placed.OrderBy(p => p.Top).Select(p => p.Block).ToList(), width, height);
    }

    private static TableBlock BuildTable(int pageNumber, TableGrid table, List<DetectedShape> shapes, List<Word> words)
    {
        var cellWords = table.Cells.ToDictionary(c => c, _ => new List<Word>());
        foreach (var word in words)
        {
            var box = word.Box!.Value;
            var cell = table.CellAt(box.CenterX, box.CenterY) ?? Nearest(table, box);
            cellWords[cell].Add(word);
        }
        var cellMarks = table.Cells.ToDictionary(c => c, _ => new List<Mark>());
        foreach (var shape in shapes)
        {
            var cell = table.CellAt(shape.Box.CenterX, shape.Box.CenterY) ?? Nearest(table, shape.Box);
            var inside = cellWords[cell].Where(w => shape.Box.Contains(w.Box!.Value.CenterX, w.Box.Value.CenterY)).ToList();
            cellWords[cell].RemoveAll(inside.Contains);
            var label = inside.Count == 0 ? null : string.Join(' ', LineGrouper.Group(inside, pageNumber, false).Select(l => l.Text));
            cellMarks[cell].Add(new Mark(shape.Kind, label, shape.Box));
        }
        var lines = table.Cells.ToDictionary(c => c, c => LineGrouper.Group(cellWords[c], pageNumber, splitOnGaps: false));
        // A cell's lines as the parser wants them, its paragraphs and list items: lines the cell's width wrapped are
        // joined again, as the PDF reader does.
        var padding = WrapJoiner.TablePadding(lines.Select(p => (p.Key.Box, p.Value)));
        var cells = table.Cells
            .Select(c => new Cell(c.Row, c.Column, WrapJoiner.Join(lines[c], c.Box, padding, Wrap),
                cellMarks[c].OrderBy(m => m.Box?.X).ToList(), c.RowSpan, c.ColSpan, c.Box))
            .ToList();
        return new TableBlock(cells, pageNumber);
    }

    /// <summary>A word on a ruling belongs to the cell whose centre is nearest.</summary>
    private static GridCell Nearest(TableGrid table, Box box) =>
        table.Cells.MinBy(c => Math.Abs(c.Box.CenterX - box.CenterX) / Math.Max(1, c.Box.Width) +
                               Math.Abs(c.Box.CenterY - box.CenterY) / Math.Max(1, c.Box.Height))!;
}
