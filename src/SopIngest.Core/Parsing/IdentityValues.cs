using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>The identity values as the schema wants them, from the text read beside their labels.</summary>
internal static partial class IdentityValues
{
    /// <summary>
    /// The value of an identity field from the lines read beside its label; null when blank, or when OCR could
    /// not read it: weak words that do not read as what the field holds (handwriting read as "LO Di SKAMINE/
    /// ANA"). The lines stay the field's evidence, so the reviewer is shown the spot.
    /// </summary>
    public static string? Read(FieldLabel label, IReadOnlyList<TextLine> lines, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        var text = TextNormalizer.NullIfBlank(string.Join(' ', lines.Select(l => l.Text)).TrimStart(':', ' '));
        if (text is null || IsUnreadable(label, text, lines, options))
        {
            return null;
        }
        if (!IsOcr(lines))
        {
            return text;
        }
        return label switch
        {
            FieldLabel.Number => OcrRepair.Number(OcrRepair.ColonMisread(text)),
            FieldLabel.Title => OcrRepair.ColonMisread(text),
            _ => text,
        };
    }

    private static bool IsOcr(IReadOnlyList<TextLine> lines) =>
        lines.Any(l => l.Words.Count > 0) && lines.SelectMany(l => l.Words).All(w => w.Confidence is not null);

    private static bool IsUnreadable(FieldLabel label, string text, IReadOnlyList<TextLine> lines, ParserOptions options)
    {
        var words = lines.SelectMany(l => l.Words).ToList();
        if (words.Count == 0 || words.Any(w => w.Confidence is null) ||
            words.Average(w => w.Confidence!.Value) >= options.UnreadableValueConfidence)
        {
            return false;
        }
        return label switch
        {
            FieldLabel.Number => !NumberLike().IsMatch(text),
            FieldLabel.Created or FieldLabel.Revised or FieldLabel.Effective => IndonesianDates.Parse(text).Value is null,
            _ => false,
        };
    }

    /// <summary>What every SOP number has: a year of its own ("/2024") or digits on both sides of a slash.</summary>
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s*/\s*\d")]
    private static partial Regex NumberLike();

    /// <summary>Document kinds, longest first, as keys.</summary>
    private static readonly string[] Kinds = [.. Vocabulary.TitlePrefixes.Select(TextNormalizer.Key).OrderByDescending(k => k.Length)];

    /// <summary>
    /// The Nama SOP without the document kind printed before it: "Standar Operasional Prosedur Survei Perilaku
    /// Anti Korupsi" is the SOP "Survei Perilaku Anti Korupsi". A value that is the kind and nothing else stays.
    /// </summary>
    public static string? Title(string? value)
    {
        var text = TextNormalizer.NullIfBlank(value);
        return text is null ? null : WithoutPrefix(text, Kinds) ?? text;
    }

    /// <summary>
    /// A caption above the procedure table, as the title: without the kind, long or short ("SOP PELAYANAN
    /// PERMOHONAN INFORMASI PUBLIK" captions the SOP "PELAYANAN PERMOHONAN INFORMASI PUBLIK").
    /// </summary>
    public static string? Caption(string? value)
    {
        var text = Title(value);
        return text is null ? null : WithoutPrefix(text, ["sop"]) ?? text;
    }

    /// <summary>True for lines scanner apps and e-signature services print on every page ("Dipindai dengan CamScanner").</summary>
    public static bool IsPageFurniture(string line)
    {
        var key = TextNormalizer.Key(line);
        return key.Length > 0 && Vocabulary.PageFurniture.Any(f => Holds(key, f));
    }

    /// <summary>
    /// Whether a word of <paramref name="key"/> starts <paramref name="phrase"/> read with a slip in five letters or
    /// fewer: OCR reads the footer of every page too ("Pindai kode @R", "bts, Pindai kode GR").
    /// </summary>
    private static bool Holds(string key, string phrase)
    {
        var allowed = phrase.Length / 5;
        for (var at = 0; at < key.Length; at++)
        {
            if (at > 0 && key[at - 1] != ' ')
            {
                continue;
            }
            var window = key.AsSpan(at, Math.Min(phrase.Length, key.Length - at));
            if (window.Length >= phrase.Length - allowed && Fuzzy.Distance(window, phrase, allowed) <= allowed)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <paramref name="text"/> after the first of <paramref name="prefixes"/> (keys) that its first words make, with
    /// the punctuation and "(SOP)" after it; null when none does or nothing would be left.
    /// </summary>
    private static string? WithoutPrefix(string text, IEnumerable<string> prefixes)
    {
        var words = text.Split(' ');
        foreach (var prefix in prefixes)
        {
            var wanted = prefix.Split(' ').Length;
            if (words.Length <= wanted || TextNormalizer.Key(string.Join(' ', words[..wanted])) != prefix)
            {
                continue;
            }
            var rest = string.Join(' ', words[wanted..]).TrimStart(':', '-', '–', ' ');
            if (rest.StartsWith("(SOP", StringComparison.OrdinalIgnoreCase) && rest.IndexOf(')', StringComparison.Ordinal) is > 0 and var close)
            {
                rest = rest[(close + 1)..].TrimStart(':', '-', '–', ' ');
            }
            return rest.Any(char.IsLetter) ? rest : null;
        }
        return null;
    }
}
