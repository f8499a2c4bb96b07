using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SopIngest.Core.Layout;
using SopIngest.Core.Text;

namespace SopIngest.Readers.Common;

/// <summary>
/// Walks an HTML tree (from an HTML export, or from Markdown rendered to HTML) into layout blocks:
/// tables become <see cref="TableBlock"/>s with their spans and flowchart marks, everything else
/// <see cref="TextBlock"/>s of lines. The walk is iterative: deeply nested hostile HTML cannot
/// overflow the stack.
/// </summary>
internal sealed partial class HtmlLayoutBuilder
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "thead",
        "tbody", "tfoot", "blockquote", "section", "article", "header", "footer", "pre", "dd", "dt", "dl",
        "center", "caption", "hr", "body", "main", "nav", "address", "figure", "figcaption",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed", "math",
    };

    /// <summary>Safety valve for absurd spans in hostile tables.</summary>
    private const int MaxSpan = 1000;

    /// <summary>Marks a placeholder table; see <see cref="Placeholder"/>.</summary>
    public const string PlaceholderAttribute = "data-sopingest-prebuilt";

    private readonly bool _softBreaksAreLines;
    private readonly IReadOnlyList<TableBlock> _prebuilt;
    private int _placed;
    private bool _misplaced;

    /// <summary>The walk of one cell at a time (cells hold no tables of their own to build), reused.</summary>
    private readonly Stack<(INode Node, bool Exit, int LinesAtEnter)> _cellStack = new();

    /// <param name="softBreaksAreLines">
    /// True for Markdown rendered to HTML: a newline inside a paragraph was a line of the source.
    /// </param>
    /// <param name="prebuilt">Tables that stand in the HTML as <see cref="Placeholder"/>s, in order.</param>
    public HtmlLayoutBuilder(bool softBreaksAreLines, IReadOnlyList<TableBlock>? prebuilt = null)
    {
        _softBreaksAreLines = softBreaksAreLines;
        _prebuilt = prebuilt ?? [];
    }

    /// <summary>
    /// The markup standing in for prebuilt table number <paramref name="index"/>: an empty table, which the
    /// HTML parser places exactly where the full table's markup (<c>&lt;table&gt;...&lt;/table&gt;</c> and a
    /// newline) would have gone.
    /// </summary>
    public static string Placeholder(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"<table {PlaceholderAttribute}=\"{index}\"></table>\n");

    /// <summary>
    /// After <see cref="Build"/>: whether every placeholder was met at the top level, in order, exactly once. When
    /// not, the blocks are not what the full tables would give; read the HTML with its full tables instead.
    /// </summary>
    public bool PlacedAll => !_misplaced && _placed == _prebuilt.Count;

    public IReadOnlyList<Block> Build(INode root)
    {
        var sink = new Sink(inCell: false);
        Walk(root, sink, new Stack<(INode Node, bool Exit, int LinesAtEnter)>());
        sink.EndBlock();
        return sink.Blocks;
    }

    private (IReadOnlyList<TextLine> Lines, IReadOnlyList<Mark> Marks) BuildCell(IElement cell)
    {
        var sink = new Sink(inCell: true);
        Walk(cell, sink, _cellStack);
        sink.EndLine();
        if (sink.UnnamedImages.Count > 0)
        {
            // Word saves some shapes without a descriptive name: the image points at the VML shape by id,
            // and the VML's preset type tells the symbol.
            sink.Marks.AddRange(sink.UnnamedImages
                .Select(id => sink.VmlShapes.FirstOrDefault(v => v.Id == id))
                .Select(v => v.Type is null ? null : ShapeNames.ClassifyType(v.Type))
                .OfType<MarkKind>().Select(k => new Mark(k)));
        }
        if (sink.Marks.Count == 0 && sink.UnnamedImages.Count == 0 && sink.VmlShapes.Count > 0)
        {
            // Word keeps the VML shape in a conditional comment; use it when no fallback image carries the name.
            sink.Marks.AddRange(sink.VmlShapes
                .Select(v => ShapeNames.Classify(v.Id) ?? (v.Type is null ? null : ShapeNames.ClassifyType(v.Type)))
                .OfType<MarkKind>().Select(k => new Mark(k)));
        }
        return (sink.Lines, sink.Marks);
    }

    private void Walk(INode root, Sink sink, Stack<(INode Node, bool Exit, int LinesAtEnter)> stack)
    {
        PushChildren(root, stack);
        while (stack.Count > 0)
        {
            var (node, exit, linesAtEnter) = stack.Pop();
            if (exit)
            {
                sink.EndLine();
                var tag = node.NodeName;
                var paragraph = tag.Equals("P", StringComparison.OrdinalIgnoreCase) || tag.StartsWith('H') && tag.Length == 2;
                if (sink.LineCount == linesAtEnter || (_softBreaksAreLines && paragraph))
                {
                    sink.EndBlock();
                }
                continue;
            }
            switch (node)
            {
                case IText text:
                    sink.Append(text.Data, _softBreaksAreLines);
                    break;
                case IComment comment when sink.InCell:
                    CollectVml(comment.Data, sink);
                    break;
                case IElement element:
                    Enter(element, sink, stack);
                    break;
            }
        }
    }

    private void Enter(IElement element, Sink sink, Stack<(INode Node, bool Exit, int LinesAtEnter)> stack)
    {
        var name = element.LocalName;
        if (SkippedElements.Contains(name))
        {
            return;
        }
        if (name == "svg")
        {
            if (sink.InCell)
            {
                sink.Marks.Add(SvgShapes.Classify(element));
            }
            return;
        }
        if (name == "img")
        {
            var shapes = element.GetAttribute("v:shapes");
            if (sink.InCell && shapes is not null)
            {
                if (ShapeNames.Classify(shapes) is { } kind)
                {
                    sink.Marks.Add(new Mark(kind));
                }
                else
                {
                    sink.UnnamedImages.Add(shapes);
                }
            }
            return;
        }
        if (name == "br")
        {
            sink.EndLine();
            return;
        }
        if (name == "table" && _prebuilt.Count > 0 && element.GetAttribute(PlaceholderAttribute) is { } index)
        {
            if (sink.InCell || _placed >= _prebuilt.Count ||
                index != _placed.ToString(CultureInfo.InvariantCulture))
            {
                _misplaced = true;
                return;
            }
            sink.EndBlock();
            sink.Blocks.Add(_prebuilt[_placed++]);
            return;
        }
        if (name == "table" && !sink.InCell && element is IHtmlTableElement table)
        {
            sink.EndBlock();
            sink.Blocks.Add(BuildTable(table));
            return;
        }
        var isBlock = BlockElements.Contains(name);
        // Inside a cell, a bold run is a line of its own: converters put "CAMAT X  <b>Name</b> NIP ..." in one cell.
        var isBoldInCell = sink.InCell && name is "b" or "strong";
        if (isBlock || isBoldInCell)
        {
            sink.EndLine();
            stack.Push((element, true, sink.LineCount));
        }
        PushChildren(element, stack);
    }

    /// <summary>Pushes the children last first, so they pop in document order.</summary>
    private static void PushChildren(INode node, Stack<(INode Node, bool Exit, int LinesAtEnter)> stack)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false, 0));
        }
    }

    private TableBlock BuildTable(IHtmlTableElement table)
    {
        var cells = new List<Cell>();
        var occupied = new HashSet<(int, int)>();
        var rows = table.Rows.ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var td in rows[r].Cells)
            {
                while (occupied.Contains((r, c)))
                {
                    c++;
                }
                var rowSpan = Math.Clamp(td.RowSpan <= 0 ? rows.Count - r : td.RowSpan, 1, Math.Min(MaxSpan, rows.Count - r));
                var colSpan = Math.Clamp(td.ColumnSpan, 1, MaxSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        occupied.Add((r + dr, c + dc));
                    }
                }
                var (lines, marks) = BuildCell(td);
                cells.Add(new Cell(r, c, lines, marks, rowSpan, colSpan));
                c += colSpan;
            }
        }
        return new TableBlock(cells);
    }

    private static void CollectVml(string comment, Sink sink)
    {
        foreach (Match shape in VmlShape().Matches(comment))
        {
            var type = VmlType().Match(shape.Value);
            sink.VmlShapes.Add((shape.Groups["id"].Value, type.Success ? type.Groups["type"].Value : null));
        }
    }

    [GeneratedRegex(@"<v:shape\b[^>]*?\bid=""(?<id>[^""]*)""[^>]*>")]
    private static partial Regex VmlShape();

    [GeneratedRegex(@"\btype=""(?<type>[^""]*)""")]
    private static partial Regex VmlType();

    private sealed class Sink(bool inCell)
    {
        private readonly StringBuilder _line = new();
        private List<TextLine> _blockLines = [];

        public bool InCell { get; } = inCell;
        public List<Block> Blocks { get; } = [];
        public List<TextLine> Lines { get; } = [];
        public List<Mark> Marks { get; } = [];
        public List<(string Id, string? Type)> VmlShapes { get; } = [];
        public List<string> UnnamedImages { get; } = [];
        public int LineCount { get; private set; }

        public void Append(string text, bool newlinesBreak)
        {
            if (!newlinesBreak || !text.Contains('\n', StringComparison.Ordinal))
            {
                _line.Append(text);
                return;
            }
            var parts = text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    EndLine();
                }
                _line.Append(parts[i]);
            }
        }

        public void EndLine()
        {
            if (_line.Length == 0)
            {
                return;
            }
            var text = TextNormalizer.Fold(_line.ToString());
            _line.Clear();
            if (text.Length == 0)
            {
                return;
            }
            LineCount++;
            (InCell ? Lines : _blockLines).Add(new TextLine(text));
        }

        public void EndBlock()
        {
            EndLine();
            if (!InCell && _blockLines.Count > 0)
            {
                Blocks.Add(new TextBlock(_blockLines));
                _blockLines = [];
            }
        }
    }
}
