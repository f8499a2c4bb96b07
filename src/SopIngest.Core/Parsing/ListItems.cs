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
        var cleaned = lines.Select(TextNormalizer.Fold).Where(l => l.Length > 0 && TextNormalizer.NullIfBlank(l) is not null).ToList();
        var items = new List<(string Text, bool Marked)>();
        var anyMarker = cleaned.Any(TextNormalizer.HasListMarker);
        foreach (var line in cleaned)
        {
            var marked = TextNormalizer.HasListMarker(line);
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

    /// <summary>An unmarked line after marked ones that still clearly begins an item (a regulation, an SOP).</summary>
    private static bool StartsNewItem(string line, string previous, FieldLabel section) =>
        section == FieldLabel.LegalBasis && LegalBasisParser.StartsLikeRegulation(line) && Citation().IsMatch(line) &&
        (previous.TrimEnd().EndsWith(';') || previous.TrimEnd().EndsWith('.'));

    /// <summary>"1. Buku Agenda 2. Stempel/Cap Dinas 3. ATK" -> three items, when the numbers count up.</summary>
    private static IEnumerable<string> SplitInlineNumbering(string text)
    {
        var matches = InlineNumber().Matches(text);
        if (matches.Count < 2)
        {
            return [text];
        }
        var parts = new List<string>();
        var expected = 1;
        var starts = new List<int>();
        foreach (Match m in matches)
        {
            if (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == expected)
            {
                starts.Add(m.Index);
                expected++;
            }
        }
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
        var words = Word().Matches(text);
        if (words.Count < 6)
        {
            return [text];
        }
        var cuts = new List<int>();
        var since = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            var previous = words[i - 1].Value;
            var segment = text[since..words[i].Index];
            var cut = section switch
            {
                FieldLabel.LegalBasis => LegalBasisParser.StartsLikeRegulation(text[words[i].Index..]) &&
                                         Citation().IsMatch(segment) && About().IsMatch(segment) &&
                                         !ReferenceLead().IsMatch(previous),
                FieldLabel.RelatedSops => word == "SOP" && segment.Trim().Length > 0,
                _ => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && char.IsLower(previous[0]) &&
                     !previous.EndsWith(',') && WordCount(segment) >= 2,
            };
            if (cut)
            {
                cuts.Add(words[i].Index);
                since = words[i].Index;
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
