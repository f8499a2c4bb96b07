using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Everything before the procedure table: the identity labels and values, the six sections, and the
/// lines nobody claimed (agency lines, the table caption). Labels and values are found the same way
/// whether they sit in table cells ("Nomor SOP | 800/..."), on one line ("Nomor SOP : 800/..."), or a
/// label line followed by its value lines ("Disahkan Oleh" / position / name / rank / NIP).
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly List<Item> _items = [];
    private readonly bool[] _consumed;
    private readonly LabelMatch?[] _matches;
    private readonly Dictionary<Cell, int> _cellItems = new(ReferenceEqualityComparer.Instance);
    private readonly ParserOptions _options;

    private FrontMatter(IEnumerable<Block> blocks, ParserOptions options)
    {
        _options = options;
        var index = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    _items.AddRange(text.Lines.SelectMany(SplitInlineLabels).Select(l => new Item([l], null, null, index)));
                    break;
                case TableBlock table:
                    for (var r = 0; r < table.RowCount; r++)
                    {
                        foreach (var cell in table.Row(r))
                        {
                            // OCR leaves stray marks ("1", "|") above a label, which would hide it, and exports leave
                            // empty items ("7."): lines of two characters without a letter carry nothing.
                            var lines = cell.Lines.Where(l => !IsNoise(l.Text)).ToList();
                            if (lines.Count > 0)
                            {
                                _items.AddRange(SplitStackedLabels(lines.SelectMany(SplitInlineLabels).ToList())
                                    .Select(part => new Item(part.Lines, table, cell, index, part.Slot)));
                            }
                        }
                    }
                    break;
            }
            index++;
        }
        _consumed = new bool[_items.Count];
        _matches = new LabelMatch?[_items.Count];
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (_items[i].Cell is { } cell)
            {
                _cellItems[cell] = i;
            }
        }
    }

    /// <summary>
    /// One label line holding the next label too ("Nomor SOP : 470/12 Tanggal Pembuatan : 2 Januari 2024", "Tgl
    /// Pembuatan Tgl Revisi"): a line per label. Only identity labels are looked for inside a line, and only where
    /// a colon or the line's end follows them; a section's prose cites "Nomor" and "Tahun" freely.
    /// </summary>
    private IEnumerable<TextLine> SplitInlineLabels(TextLine line)
    {
        var text = line.Text;
        if (Labels.Read(text, _options) is not { Label: { } label, Value.Length: > 0 } || Labels.IsSection(label))
        {
            return [line];
        }
        var cuts = new List<int>();
        var words = WordStarts(text);
        foreach (var at in words.Skip(1))
        {
            if (at > (cuts.Count > 0 ? cuts[^1] : 0) && Labels.StartsWithIdentityLabel(text[at..], _options))
            {
                cuts.Add(at);
            }
        }
        if (cuts.Count == 0)
        {
            return [line];
        }
        var parts = new List<TextLine>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            parts.Add(Slice(line, start, cut));
            start = cut;
        }
        return parts.Where(p => p.Text.Length > 0);
    }

    /// <summary>Where each word of <paramref name="text"/> starts.</summary>
    private static List<int> WordStarts(string text)
    {
        var starts = new List<int>();
        for (var k = 0; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && (k == 0 || char.IsWhiteSpace(text[k - 1])))
            {
                starts.Add(k);
            }
        }
        return starts;
    }

    /// <summary>The words of <paramref name="line"/> from character <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static TextLine Slice(TextLine line, int start, int end)
    {
        var text = line.Text[start..end].Trim();
        if (line.Words.Count == 0 || string.Join(' ', line.Words.Select(w => w.Text)) != line.Text)
        {
            return line with { Text = text, Words = [] };
        }
        var words = new List<Word>();
        var at = 0;
        foreach (var word in line.Words)
        {
            if (at >= start && at < end)
            {
                words.Add(word);
            }
            at += word.Text.Length + 1;
        }
        return TextLine.FromWords(words, line.Page);
    }

    /// <summary>
    /// A cell of labels stacked one per line ("Nomor SOP" / "Tanggal Pembuatan", or each with its value after a colon):
    /// an item per label. Each label's slot says which lines of the value cell beside it are its own: those at its
    /// height, down to the next label's line.
    /// </summary>
    private IEnumerable<(IReadOnlyList<TextLine> Lines, Slot? Slot)> SplitStackedLabels(List<TextLine> lines)
    {
        var starts = new List<int>();
        for (var k = 0; k < lines.Count; k++)
        {
            if (Labels.Read(lines[k].Text, _options) is { Label: not null } or { Pair: not null })
            {
                starts.Add(k);
            }
        }
        if (starts.Count > 0 && starts[0] != 0 && Labels.IsLabelOnly(lines[^1].Text, _options, out var last) && Labels.IsSection(last))
        {
            // A cell the grid ran into the next one ("BADAN PUSAT STATISTIK ... / Dasar Hukum"): a section label on
            // its own as the cell's last line opens its section below, apart from the lines above it.
            return [(lines[..^1], null), (lines[^1..], null)];
        }
        if (starts.Count < 2 || starts[0] != 0)
        {
            return [(lines, null)];
        }
        var parts = new List<(IReadOnlyList<TextLine>, Slot?)>();
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : lines.Count;
            var top = n == 0 ? double.NegativeInfinity : Between(lines[starts[n] - 1], lines[starts[n]]);
            var bottom = n + 1 < starts.Count ? Between(lines[starts[n + 1] - 1], lines[starts[n + 1]]) : double.PositiveInfinity;
            parts.Add((lines[starts[n]..end], new Slot(n, starts.Count, top, bottom)));
        }
        return parts;

        // Halfway down the gap between a label's lines and the next label's first line.
        static double? Between(TextLine above, TextLine below) =>
            above.Box is { } a && below.Box is { } b ? (a.Bottom + b.Y) / 2 : null;
    }

    public Dictionary<FieldLabel, IReadOnlyList<TextLine>> Fields { get; } = [];

    public Dictionary<FieldLabel, IReadOnlyList<string>> Sections { get; } = [];

    /// <summary>Lines no label claimed, in order: agency lines, captions, stray text.</summary>
    public List<TextLine> Unclaimed { get; } = [];

    /// <summary>The same lines grouped as they sat together (a cell's lines, or one text line).</summary>
    public List<IReadOnlyList<TextLine>> UnclaimedGroups { get; } = [];

    public static FrontMatter Read(IEnumerable<Block> blocks, ParserOptions? options = null)
    {
        var front = new FrontMatter(blocks, options ?? ParserOptions.Default);
        front.Run();
        return front;
    }

    private void Run()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (_consumed[i])
            {
                continue;
            }
            var item = _items[i];
            var first = item.Lines[0].Text;
            var match = MatchOf(i);
            if (item.Cell is null && match.Pair is var (left, right))
            {
                _consumed[i] = true;
                ReadPair(i, left, right);
                continue;
            }
            if (match.Label is not { } label)
            {
                continue;
            }
            var rest = match.Rest;
            _consumed[i] = true;
            var inline = new List<TextLine>();
            if (rest.Length > 0)
            {
                inline.Add(item.Lines[0] with { Text = rest });
            }
            inline.AddRange(item.Lines.Skip(1));
            if (Labels.IsSection(label))
            {
                ReadSection(i, label, inline);
            }
            else
            {
                ReadField(i, label, inline, first.Contains(':', StringComparison.Ordinal));
            }
        }
        for (var i = 0; i < _items.Count; i++)
        {
            // A scanner's or e-signature's footer is on every page: never an agency line or a caption.
            if (!_consumed[i] && _items[i].Lines.Where(l => !IdentityValues.IsPageFurniture(l.Text)).ToList() is { Count: > 0 } lines)
            {
                Unclaimed.AddRange(lines);
                UnclaimedGroups.Add(lines);
            }
        }
    }

    private void ReadField(int i, FieldLabel label, List<TextLine> inline, bool hadColon)
    {
        var item = _items[i];
        IReadOnlyList<TextLine> value = inline;
        if (value.Count == 0 && item.Cell is { } cell)
        {
            value = TakeRightOf(i, cell);
        }
        else if (value.Count == 0 && label == FieldLabel.Approval)
        {
            value = TakeFollowingText(i);
        }
        else if (value.Count == 0 && !hadColon && i + 1 < _items.Count && _items[i + 1].Cell is null &&
                 !_consumed[i + 1] && !IsLabel(i + 1))
        {
            _consumed[i + 1] = true;
            value = _items[i + 1].Lines;
        }
        if (!Fields.TryGetValue(label, out var existing) || existing.Count == 0)
        {
            Fields[label] = value;
        }
    }

    private void ReadSection(int i, FieldLabel label, List<TextLine> inline)
    {
        var item = _items[i];
        IReadOnlyList<TextLine> content = inline;
        if (content.Count == 0 && item.Cell is { } cell && item.Table is { } table)
        {
            var belowIndex = table.At(cell.Row + cell.RowSpan, cell.Column) is { } below && _cellItems.TryGetValue(below, out var at)
                ? at
                : ContinuedBelow(i, table, cell);
            if (belowIndex >= 0 && !_consumed[belowIndex] && !IsLabel(belowIndex))
            {
                _consumed[belowIndex] = true;
                content = _items[belowIndex].Lines;
            }
        }
        else if (content.Count == 0 && item.Cell is null)
        {
            // Two label lines in a row are the two columns of a section row, linearised.
            if (i + 1 < _items.Count && _items[i + 1].Cell is null && !_consumed[i + 1] &&
                Labels.IsLabelOnly(_items[i + 1].Lines[0].Text, out var right) && Labels.IsSection(right))
            {
                _consumed[i + 1] = true;
                ReadPair(i + 1, label, right);
                return;
            }
            content = TakeFollowingGroups(i).SelectMany(g => g).ToList();
        }
        AddSection(label, content);
    }

    /// <summary>
    /// A labels row at the foot of a page whose items row opens the next page: the next table of the same
    /// width holds the content, in the same column of its first row.
    /// </summary>
    private int ContinuedBelow(int i, TableBlock table, Cell cell)
    {
        if (cell.Row + cell.RowSpan < table.RowCount)
        {
            return -1;
        }
        for (var j = i + 1; j < _items.Count; j++)
        {
            if (_items[j].Table is { } next && next != table)
            {
                return next.ColumnCount == table.ColumnCount && next.At(0, cell.Column) is { } first &&
                       _cellItems.TryGetValue(first, out var at) ? at : -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// Content of two linearised section columns: the first block of lines is the left column, the rest the right.
    /// </summary>
    private void ReadPair(int i, FieldLabel left, FieldLabel right)
    {
        var groups = TakeFollowingGroups(i);
        // A numbered list starting again at 1 is the right column's list; OCR puts blank lines between items,
        // so numbering says more than blocks do.
        var all = groups.SelectMany(g => g).ToList();
        if (RestartIndex(all) is > 0 and var restart)
        {
            groups = [all[..restart], all[restart..]];
        }
        AddSection(left, groups.Count > 0 ? groups[0] : []);
        AddSection(right, groups.Skip(1).SelectMany(g => g).ToList());
    }

    /// <summary>Where a numbered list starts again at 1: the second column's list.</summary>
    private static int RestartIndex(List<TextLine> lines)
    {
        for (var k = 1; k < lines.Count; k++)
        {
            if (FirstItem().IsMatch(lines[k].Text))
            {
                return k;
            }
        }
        return -1;
    }

    private void AddSection(FieldLabel label, IReadOnlyList<TextLine> lines)
    {
        if (!Sections.TryGetValue(label, out var existing) || existing.Count == 0)
        {
            Sections[label] = ListItems.Split(lines, label, _options);
        }
    }

    private List<TextLine> TakeRightOf(int i, Cell cell)
    {
        var table = _items[i].Table;
        var slot = _items[i].Slot;
        var value = new List<TextLine>();
        for (var j = i + 1; j < _items.Count; j++)
        {
            var other = _items[j];
            if (ReferenceEquals(other.Cell, cell))
            {
                continue; // the next label stacked in the same cell
            }
            if (other.Table != table || other.Cell is null || other.Cell.Row != cell.Row ||
                IsLabel(j))
            {
                break;
            }
            _consumed[j] = true;
            value.AddRange(slot is null ? other.Lines : slot.Own(other.Lines));
        }
        // A value cell reading ": 470/150/..." keeps its label's colon.
        return value.Select(l => l with { Text = TextNormalizer.Fold(l.Text.TrimStart(':', ' ')) }).Where(l => l.Text.Length > 0).ToList();
    }

    /// <summary>
    /// The text blocks after a section label up to the next label, as groups of lines. A trailing block of
    /// one upper-case line is the procedure table's caption, not section content: it stays unclaimed.
    /// </summary>
    private List<List<TextLine>> TakeFollowingGroups(int i)
    {
        var groups = new List<(List<TextLine> Lines, List<int> Items)>();
        var lastBlock = -1;
        for (var j = i + 1; j < _items.Count; j++)
        {
            var item = _items[j];
            if (_consumed[j] || item.Cell is not null || IsLabel(j))
            {
                break;
            }
            if (item.BlockIndex != lastBlock)
            {
                groups.Add(([], []));
                lastBlock = item.BlockIndex;
            }
            groups[^1].Lines.AddRange(item.Lines);
            groups[^1].Items.Add(j);
        }
        while (groups.Count > 0 && IsCaption(groups[^1].Lines))
        {
            groups.RemoveAt(groups.Count - 1);
        }
        foreach (var j in groups.SelectMany(g => g.Items))
        {
            _consumed[j] = true;
        }
        return groups.Select(g => g.Lines).ToList();
    }

    private static bool IsCaption(List<TextLine> lines) =>
        lines.Count == 1 && lines[0].Text.Split(' ').Length >= 2 && !TextNormalizer.HasListMarker(lines[0].Text) &&
        lines[0].Text.Any(char.IsLetter) && !lines[0].Text.Any(char.IsLower);

    private List<TextLine> TakeFollowingText(int i)
    {
        var taken = new List<TextLine>();
        for (var j = i + 1; j < _items.Count; j++)
        {
            var item = _items[j];
            if (_consumed[j] || item.Cell is not null || IsLabel(j))
            {
                break;
            }
            _consumed[j] = true;
            taken.AddRange(item.Lines);
        }
        return taken;
    }

    /// <summary>
    /// Whether item <paramref name="j"/> starts with a label (or a pair of section labels). Asked again and
    /// again while values and sections are collected, so the answer is kept.
    /// </summary>
    private bool IsLabel(int j) => MatchOf(j) is { Label: not null } or { Pair: not null };

    /// <summary>
    /// The label (or pair of section labels) item <paramref name="j"/> starts with. Asked again and again while
    /// values and sections are collected, and label matching is the parser's dearest step, so it is kept.
    /// </summary>
    private LabelMatch MatchOf(int j)
    {
        if (_matches[j] is { } known)
        {
            return known;
        }
        var (label, rest, pair) = Labels.Read(_items[j].Lines[0].Text, _options);
        var match = new LabelMatch(label, rest, pair);
        _matches[j] = match;
        return match;
    }

    private sealed record LabelMatch(FieldLabel? Label, string Rest, (FieldLabel Left, FieldLabel Right)? Pair);

    private static bool IsNoise(string text) => text.Length <= 2 && !text.Any(char.IsLetter);

    private sealed record Item(IReadOnlyList<TextLine> Lines, TableBlock? Table, Cell? Cell, int BlockIndex, Slot? Slot = null);

    /// <summary>
    /// Label <see cref="Index"/> of <see cref="Count"/> stacked in one cell, and the band of the page (from
    /// <see cref="Top"/> to <see cref="Bottom"/>, null where the reader gave no boxes) whose value lines are its own.
    /// </summary>
    private sealed record Slot(int Index, int Count, double? Top, double? Bottom)
    {
        /// <summary>The lines of the value cell that belong to this label.</summary>
        public IEnumerable<TextLine> Own(IReadOnlyList<TextLine> lines)
        {
            if (Top is { } top && Bottom is { } bottom && lines.All(l => l.Box is not null))
            {
                return lines.Where(l => l.Box!.Value.CenterY >= top && l.Box!.Value.CenterY < bottom);
            }
            if (lines.Count == Count)
            {
                return [lines[Index]];
            }
            return Index == 0 ? lines : [];
        }
    }

    [GeneratedRegex(@"^\s*1\s*[.)]\s*\S")]
    private static partial Regex FirstItem();
}
