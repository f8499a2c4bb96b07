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
    public static IReadOnlyList<string> Split(IReadOnlyList<string> lines, FieldLabel section)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cleaned = MarkBareNumbers(lines.Select(TextNormalizer.Fold).Where(l => l.Length > 0 && TextNormalizer.NullIfBlank(l) is not null).ToList());
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
        foreach (var (text, marked) in items)
        {
            foreach (var part in SplitInlineNumbering(text))
            {
                var pieces = marked || anyMarker && part != text ? [part] : SplitRunTogether(part, section);
                result.AddRange(pieces.Select(p => TextNormalizer.StripListMarker(p).Trim()).Where(p => TextNormalizer.NullIfBlank(p) is not null));
            }
        }
        return result;
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

    private static IReadOnlyList<string> SplitRunTogether(string text, FieldLabel section)
    {
        var words = new List<Range>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            words.Add(new Range(m.Index, m.Index + m.Length));
        }
        if (words.Count < 6)
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
            var cut = section switch
            {
                FieldLabel.LegalBasis => LegalBasisParser.StartsLikeRegulation(text.AsSpan(at)) &&
                                         Citation().IsMatch(segment) && About().IsMatch(segment) &&
                                         !ReferenceLead().IsMatch(previous),
                FieldLabel.RelatedSops => word is "SOP" && !segment.IsWhiteSpace(),
                _ => char.IsUpper(word[0]) && HasLower(word[1..]) && char.IsLower(previous[0]) &&
                     previous[^1] != ',' && Word().Count(segment) >= 2,
            };
            if (cut)
            {
                cuts.Add(at);
                since = at;
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
        if (section is not FieldLabel.LegalBasis and not FieldLabel.RelatedSops && parts.Any(p => WordCount(p) < 2))
        {
            return [text];
        }
        return parts;
    }

    private static int WordCount(string text) => Word().Count(text);

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
    [GeneratedRegex(@"^(?:pelaksanaan|atas|perubahan|penjabaran|dan|tentang|dengan|berdasarkan|sebagai|menjadi|pengganti|kedua|ketiga|pertama|dalam|terhadap|menurut|sesuai)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceLead();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:tahun|th\.?)\s*\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\btentang\s+\S+", RegexOptions.IgnoreCase)]
    private static partial Regex About();
}
