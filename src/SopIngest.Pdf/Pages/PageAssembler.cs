using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Shapes;
using SopIngest.Pdf.Tables;
using SopIngest.Pdf.Text;

namespace SopIngest.Pdf.Pages;

/// <summary>
/// Puts one page together, in order: ruled tables from the lines -> flowchart symbols from the closed
/// outlines, each in the cell holding its centre -> words into symbol labels, cells or free text -> blocks
/// top to bottom.
/// </summary>
internal static class PageAssembler
{
    public static IReadOnlyList<Block> Assemble(int page, IReadOnlyList<Word> words, PageGraphics graphics, PdfReaderOptions options)
    {
        var tables = TableFinder.Find(graphics.Rulings, options.Grid, graphics.Frames);
        var marks = PlaceMarks(graphics.Outlines.Where(o => !IsShading(o, graphics.Outlines, words, options.Shapes)).ToList(), tables, options.Shapes);

        var labels = marks.ToDictionary(m => m, _ => new List<Word>());
        var cellWords = tables.ToDictionary(t => t, t => t.Cells.ToDictionary(c => c, _ => new List<Word>()));
        var free = new List<Word>();
        foreach (var word in words)
        {
            var box = word.Box!.Value;
            if (marks.FirstOrDefault(m => m.Box.Contains(box.CenterX, box.CenterY)) is { } holder)
            {
                // Text inside a symbol is its label (Mulai, Selesai, A), not the cell's text.
                labels[holder].Add(word);
                continue;
            }
            if (BranchLabelOwner(word, marks, options.Shapes) is { } decision)
            {
                cellWords[decision.Table][decision.Cell].Add(word);
                continue;
            }
            var table = tables.FirstOrDefault(t => t.Box.Contains(box.CenterX, box.CenterY));
            if (table?.CellAt(box.CenterX, box.CenterY) is { } cell)
            {
                cellWords[table][cell].Add(word);
            }
            else
            {
                free.Add(word);
            }
        }

        var items = new List<(double Top, object Item)>();
        foreach (var table in tables)
        {
            var lines = table.Cells.ToDictionary(c => c, c => LineGrouper.Group(cellWords[table][c], page, options.Lines, splitAtGaps: false));
            var padding = WrapJoiner.TablePadding(lines.Select(p => (p.Key.Box, p.Value)));
            var cells = table.Cells.Select(c => new Cell(c.Row, c.Column,
                WrapJoiner.Join(lines[c], c.Box, padding, options.Lines.Wrap),
                marks.Where(m => m.Table == table && m.Cell == c)
                    .OrderBy(m => m.Box.Y).ThenBy(m => m.Box.X)
                    .Select(m => new Mark(KindWithLabel(m, Label(labels[m]), options.Shapes), Label(labels[m]), m.Box))
                    .ToList(),
                c.RowSpan, c.ColSpan, c.Box)).ToList();
            items.Add((table.Rows[0], new TableBlock(cells, page)));
        }
        foreach (var line in LineGrouper.Group(free, page, options.Lines, splitAtGaps: true))
        {
            items.Add((line.Box?.Y ?? 0, line));
        }

        var blocks = new List<Block>();
        var run = new List<TextLine>();
        foreach (var (_, item) in items.OrderBy(i => i.Top))
        {
            if (item is TextLine line)
            {
                run.Add(line);
                continue;
            }
            if (run.Count > 0)
            {
                blocks.Add(new TextBlock(run, page));
                run = [];
            }
            blocks.Add((Block)item);
        }
        if (run.Count > 0)
        {
            blocks.Add(new TextBlock(run, page));
        }
        return blocks;
    }

    /// <summary>
    /// Classifies the outlines and keeps the symbols that sit inside a table cell. Connector parts (arrowheads)
    /// are dropped, and so is a rectangle whose sides lie on the grid's own lines: a cell border drawn as a box.
    /// </summary>
    internal static IReadOnlyList<PlacedMark> PlaceMarks(IReadOnlyList<Outline> outlines, IReadOnlyList<TableGrid> tables,
        ShapeOptions options)
    {
        var placed = new List<PlacedMark>();
        foreach (var outline in outlines)
        {
            if (ShapeClassifier.Classify(outline, options) is not { } kind || kind == MarkKind.Arrow)
            {
                continue;
            }
            var box = outline.Box;
            var table = tables.FirstOrDefault(t => t.Box.Contains(box.CenterX, box.CenterY));
            if (table?.CellAt(box.CenterX, box.CenterY) is not { } cell || OnGrid(box, table, options))
            {
                continue;
            }
            // A symbol drawn twice (a fill, then its outline) is one symbol.
            if (placed.Any(p => Same(p.Box, box, options.VertexTolerance * 2)))
            {
                continue;
            }
            placed.Add(new PlacedMark(kind, box, table, cell, outline.HasCurves));
        }
        // Flowchart symbols stand apart, joined only by connectors. Outlines that overlap one another are
        // parts of a picture (a coat of arms in the header cell), not symbols.
        return placed.Where(m => !placed.Any(o => o != m && Overlap(o.Box, m.Box))).ToList();
    }

    /// <summary>
    /// A rectangle only filled, with words on it and no outline drawn around it, is shading behind text (a
    /// highlighted label cell, "Nama SOP" on grey), not a process symbol: a symbol's fill comes with its outline.
    /// </summary>
    internal static bool IsShading(Outline outline, IReadOnlyList<Outline> outlines, IReadOnlyList<Word> words, ShapeOptions options)
    {
        if (outline.Stroked || !ShapeClassifier.IsAxisRectangle(outline, options))
        {
            return false;
        }
        var box = outline.Box;
        return words.Any(w => box.Contains(w.Box!.Value.CenterX, w.Box!.Value.CenterY)) &&
               !outlines.Any(o => o.Stroked && Same(o.Box, box, options.VertexTolerance * 2));
    }

    private static bool Overlap(Box a, Box b) =>
        Math.Min(a.Right, b.Right) > Math.Max(a.X, b.X) && Math.Min(a.Bottom, b.Bottom) > Math.Max(a.Y, b.Y);

    /// <summary>
    /// A round outline is a connector circle, unless it holds a word: a nearly round "Mulai" ellipse is a
    /// terminator (connector circles hold a letter or a number).
    /// </summary>
    private static MarkKind KindWithLabel(PlacedMark mark, string? label, ShapeOptions options) =>
        mark is { Kind: MarkKind.OffPage, IsRound: true } && label is not null && label.Count(char.IsLetter) > options.ConnectorLabelMaxLetters
            ? MarkKind.Terminator
            : mark.Kind;

    private static bool OnGrid(Box box, TableGrid table, ShapeOptions options)
    {
        bool Near(IReadOnlyList<double> edges, double value) => edges.Any(e => Math.Abs(e - value) <= options.GridSnap);
        return Near(table.Columns, box.X) && Near(table.Columns, box.Right) && Near(table.Rows, box.Y) && Near(table.Rows, box.Bottom);
    }

    private static bool Same(Box a, Box b, double tolerance) =>
        Math.Abs(a.X - b.X) <= tolerance && Math.Abs(a.Y - b.Y) <= tolerance &&
        Math.Abs(a.Right - b.Right) <= tolerance && Math.Abs(a.Bottom - b.Bottom) <= tolerance;

    /// <summary>
    /// The decision whose branch label (Ya / Tidak) this word is: a short word just left or right of a
    /// diamond and level with it. Such labels may stick out over the cell border into the next column.
    /// </summary>
    private static PlacedMark? BranchLabelOwner(Word word, IReadOnlyList<PlacedMark> marks, ShapeOptions options)
    {
        var box = word.Box!.Value;
        if (word.Text.Length > options.BranchLabelMaxLength)
        {
            return null;
        }
        return marks.FirstOrDefault(m => m.Kind == MarkKind.Decision &&
                                         box.CenterY >= m.Box.Y && box.CenterY <= m.Box.Bottom &&
                                         box.X <= m.Box.Right + options.BranchLabelReach &&
                                         box.Right >= m.Box.X - options.BranchLabelReach);
    }

    private static string? Label(List<Word> words) =>
        words.Count == 0
            ? null
            : string.Join(' ', words.OrderBy(w => w.Box!.Value.Y).ThenBy(w => w.Box!.Value.X).Select(w => w.Text));
}
