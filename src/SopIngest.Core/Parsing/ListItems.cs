using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Turns a section's lines into list items: a list marker starts an item and unmarked lines continue
/// it; lines without any marker are an item each; items that converters ran together on one line
/// ("1. Buku Agenda 2. Stempel", "Peraturan ...; Perpres ...", "SOP A SOP B", "Memahami ... Mampu ...")
/// are split again.
/// </summary>
public static partial class ListItems
{
    /// <summary>Items of an export's lines (text only: a converter may have run items together on one line).</summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<string> lines, FieldLabel section) =>
        Split(lines, section, laidOut: false, ParserOptions.Default);

    /// <summary>
    /// Items of a section's lines. Lines a reader placed on the page (words with boxes) are the lines as printed,
    /// wrapped lines already joined (<see cref="Layout.WrapJoiner"/>): a capital inside one starts no new item
    /// ("... pelaksanaan pendataan Survei tidak berjalan ..."), as it may in an export that ran items together.
    /// </summary>
    public static IReadOnlyList<string> Split(IReadOnlyList<TextLine> lines, FieldLabel section, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var laidOut = lines.Count > 0 && lines.All(l => l.Words.Count > 0 && l.Words.All(w => w.Box is not null));
        return Split(lines.Select(l => l.Text).ToList(), section, laidOut, options ?? ParserOptions.Default);
    }

    private static IReadOnlyList<string> Split(IReadOnlyList<string> lines, FieldLabel section, bool laidOut, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cleaned = MarkNumbering(MarkBareNumbers(lines.Select(TextNormalizer.Fold).Where(l => l.Length > 0 && TextNormalizer.NullIfBlank(l) is not null).ToList()));
        var items = new List<(string Text, bool Marked)>();
        var markers = cleaned.ConvertAll(TextNormalizer.HasListMarker);
        var anyMarker = markers.Contains(true);
        for (var k = 0; k < cleaned.Count; k++)
        {
            var line = cleaned[k];
            var marked = markers[k];
            if (anyMarker && !marked && items.Count > 0 && !StartsNewItem(line, items[^1].Text, section))
            {
                items[^1] = (items[^1].Text + " " + line, items[^1].Marked);
            }
            else
            {
                items.Add((line, marked));
            }
        }
        var result = new List<string>();
        foreach (var (text, marked) in SplitColumns(items))
        {
            foreach (var part in SplitInlineNumbering(text))
            {
                // Regulations run together inside one numbered item ("... Publik Peraturan Presiden Nomor ...") are
                // still two: a regulation names itself. Other sections' items are split only where nothing marks them.
                var pieces = section == FieldLabel.LegalBasis || !(marked || anyMarker && part != text)
                    ? SplitRunTogether(part, section, laidOut, options)
                    : [part];
                result.AddRange(pieces.Select(p => TextNormalizer.StripListMarker(p).Trim()).Where(p => TextNormalizer.NullIfBlank(p) is not null));
            }
        }
        return section == FieldLabel.LegalBasis ? JoinCutCitations(result) : result;
    }

    /// <summary>
    /// A regulation cut after "Nomor" whose number and year came out as an item of their own ("... Republik
    /// Indonesia Nomor" / "14 Tahun 2019 tentang ...", OCR having put the item's number on its second line): no
    /// regulation ends with "Nomor" and none starts with its number, so they are one.
    /// </summary>
    private static List<string> JoinCutCitations(List<string> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            if (NumberAndYear().IsMatch(items[i]) && CutAtNumber().IsMatch(items[i - 1]))
            {
                items[i - 1] += " " + items[i];
                items.RemoveAt(i);
            }
        }
        return items;
    }

    /// <summary>
    /// "1 SOP Penanganan ...", "2 SOP Pemeliharaan ...": item numbers whose full stop OCR lost (a small dot at 200
    /// dpi). Taken as numbering only when the first line starts with one, the lines that start with one count 1, 2,
    /// 3 ... (two at least), and a capital follows each ("1 unit komputer, 2 unit printer" are quantities). Lines
    /// between them continue the item above, as under any numbering.
    /// </summary>
    private static List<string> MarkBareNumbers(List<string> lines)
    {
        if (lines.Count < 2 || TextNormalizer.BareItemNumber(lines[0]) is null)
        {
            return lines;
        }
        var expected = 1;
        foreach (var line in lines)
        {
            if (TextNormalizer.BareItemNumber(line) is { } number)
            {
                if (number != expected)
                {
                    return lines;
                }
                expected++;
            }
            else if (TextNormalizer.HasListMarker(line))
            {
                return lines;
            }
        }
        return expected > 2 ? lines.ConvertAll(TextNormalizer.MarkBareItemNumber) : lines;
    }

    /// <summary>
    /// Numbers that lost their full stop where a numbering is under way: "2 Memiliki ..." after "1. Memiliki ..." goes
    /// on counting and starts item 2 (as does a second "2", the next number misread); "1 unit komputer" after
    /// nothing does not. A list's first line "1 Undang-Undang
    /// ..." starts item 1 when item 2 follows, or when it is the list's only line (a list of one).
    /// </summary>
    private static List<string> MarkNumbering(List<string> lines)
    {
        var last = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (TextNormalizer.HasListMarker(line))
            {
                last = TextNormalizer.ItemNumber(line) ?? last;
                continue;
            }
            var bare = TextNormalizer.BareItemNumber(line);
            var first = k == 0 && bare == 1 && (lines.Count == 1 || lines.Skip(1).Any(l => TextNormalizer.ItemNumber(l) == 2));
            // OCR also reads the next number as the last one again ("5 Aplikasi Perkantoran", "5 Aplikasi Fasih").
            if (bare is { } number && (first || last > 0 && (number == last + 1 || number == last)))
            {
                lines[k] = TextNormalizer.MarkBareItemNumber(line);
                last = number;
            }
        }
        return lines;
    }

    /// <summary>
    /// A list printed in two columns and read across ("1. Komputer 4. Printer", "2. ATK 5. Media Massa", "3. Jaringan
    /// 6. Media Sosial"): when the numbers of all items, inline ones included, are 1..n once each and the items'
    /// own numbers count 1, 2, 3, the pieces are the items, in the order of their numbers.
    /// </summary>
    private static List<(string Text, bool Marked)> SplitColumns(List<(string Text, bool Marked)> items)
    {
        if (items.Count < 2)
        {
            return items;
        }
        var pieces = new List<(int Number, string Text)>();
        for (var i = 0; i < items.Count; i++)
        {
            var text = items[i].Text;
            var starts = new List<(int At, int Number)>();
            foreach (var m in InlineNumber().EnumerateMatches(text))
            {
                starts.Add((m.Index, NumberIn(text.AsSpan(m.Index, m.Length))));
            }
            if (starts.Count == 0 || starts[0].At > 0 || starts[0].Number != i + 1)
            {
                return items;
            }
            for (var k = 0; k < starts.Count; k++)
            {
                var end = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
                pieces.Add((starts[k].Number, text[starts[k].At..end].Trim()));
            }
        }
        if (pieces.Count == items.Count || !pieces.Select(p => p.Number).Order().SequenceEqual(Enumerable.Range(1, pieces.Count)))
        {
            return items;
        }
        return [.. pieces.OrderBy(p => p.Number).Select(p => (p.Text, true))];
    }

    /// <summary>An unmarked line after marked ones that still clearly begins an item (a regulation, an SOP).</summary>
    private static bool StartsNewItem(string line, string previous, FieldLabel section) =>
        section == FieldLabel.LegalBasis && LegalBasisParser.StartsLikeRegulation(line) && Citation().IsMatch(line) &&
        (previous.TrimEnd().EndsWith(';') || previous.TrimEnd().EndsWith('.'));

    /// <summary>"1. Buku Agenda 2. Stempel/Cap Dinas 3. ATK" -> three items, when the numbers count up.</summary>
    private static IEnumerable<string> SplitInlineNumbering(string text)
    {
        var expected = 1;
        var starts = new List<int>();
        foreach (var m in InlineNumber().EnumerateMatches(text))
        {
            if (NumberIn(text.AsSpan(m.Index, m.Length)) == expected)
            {
                starts.Add(m.Index);
                expected++;
            }
        }
        var parts = new List<string>();
        if (starts.Count < 2)
        {
            return [text];
        }
        if (starts[0] > 0)
        {
            parts.Add(text[..starts[0]]);
        }
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            parts.Add(text[starts[i]..end].Trim());
        }
        return parts.Where(p => p.Length > 0);
    }

    private static IReadOnlyList<string> SplitRunTogether(string text, FieldLabel section, bool laidOut, ParserOptions options)
    {
        var words = new List<Range>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            words.Add(new Range(m.Index, m.Index + m.Length));
        }
        if (words.Count < options.MinRunTogetherWords)
        {
            return [text];
        }
        var cuts = new List<int>();
        var since = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var at = words[i].Start.Value;
            var word = text.AsSpan()[words[i]];
            var previous = text.AsSpan()[words[i - 1]];
            var segment = text.AsSpan(since, at - since);
            // "... Publik, 2 PERKI Nomor 1 ...": the next item's number, its full stop lost, goes with it.
            var numbered = section == FieldLabel.LegalBasis && i >= 2 && IsItemNumber(previous);
            var lead = numbered ? text.AsSpan()[words[i - 2]] : previous;
            var cut = section switch
            {
                FieldLabel.LegalBasis => LegalBasisParser.StartsLikeRegulation(text.AsSpan(at)) &&
                                         Citation().IsMatch(segment) && About().IsMatch(segment) &&
                                         !ReferenceLead().IsMatch(lead),
                FieldLabel.RelatedSops => word is "SOP" && HasLetter(segment),
                _ => !laidOut && char.IsUpper(word[0]) && HasLower(word[1..]) && char.IsLower(previous[0]) &&
                     previous[^1] != ',' && Word().Count(segment) >= 2,
            };
            if (cut)
            {
                cuts.Add(numbered ? words[i - 1].Start.Value : at);
                since = cuts[^1];
            }
        }
        if (cuts.Count == 0)
        {
            return [text];
        }
        var parts = new List<string>();
        var start = 0;
        foreach (var cut in cuts)
        {
            parts.Add(text[start..cut].Trim());
            start = cut;
        }
        parts.Add(text[start..].Trim());
        if (section == FieldLabel.LegalBasis)
        {
            parts = parts.ConvertAll(p => TextNormalizer.BareItemNumber(p) is not null ? TextNormalizer.MarkBareItemNumber(p) : p);
        }
        if (section is not FieldLabel.LegalBasis and not FieldLabel.RelatedSops && parts.Any(p => WordCount(p) < 2))
        {
            return [text];
        }
        return parts;
    }

    private static int WordCount(string text) => Word().Count(text);

    /// <summary>One or two digits alone: an item number that lost its full stop.</summary>
    private static bool IsItemNumber(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^1]);

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (char.IsLetter(ch))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The item number in an inline-number match (" 2. ", "3) "): the digits after any white space.</summary>
    private static int NumberIn(ReadOnlySpan<char> match)
    {
        var digits = match.TrimStart();
        var length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }
        return int.Parse(digits[..length], System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?:^|\s)(\d{1,2})[.)]\s+(?=\S)")]
    private static partial Regex InlineNumber();


    /// <summary>Words after which a regulation's name is cited inside a subject, not a new item.</summary>
    [GeneratedRegex("^(?:" + Vocabulary.CitingWords + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLead();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\d+\s+(?:tahun|th\.?)\s+\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex NumberAndYear();

    [GeneratedRegex(@"\b(?:nomor|nomer|no\.?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CutAtNumber();

    [GeneratedRegex(@"\b(?:tahun|th\.?)\s*\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\btentang\s+\S+", RegexOptions.IgnoreCase)]
    private static partial Regex About();
}
