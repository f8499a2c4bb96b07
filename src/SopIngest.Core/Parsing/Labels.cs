using System.Text.RegularExpressions;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Recognises labels with their variants and typos ("Tgl. Pembuatan", "Keterkanitan", "Kualifikasi
/// Pelaksanaan"). Matching is on normalised keys with an edit-distance tolerance so OCR slips still match.
/// </summary>
public static partial class Labels
{
    private static readonly (FieldLabel Label, string[] Variants)[] All =
    [
        (FieldLabel.Number, ["nomor sop", "no sop", "nomor", "no", "nomer sop", "nomor prosedur"]),
        (FieldLabel.Created, ["tanggal pembuatan", "tgl pembuatan", "tanggal dibuat", "tgl dibuat"]),
        (FieldLabel.Revised, ["tanggal revisi", "tgl revisi"]),
        (FieldLabel.Effective, ["tanggal efektif", "tgl efektif", "tanggal pengesahan", "tgl pengesahan",
            "tanggal berlaku", "tgl berlaku", "tanggal ditetapkan"]),
        (FieldLabel.Approval, ["disahkan oleh", "ditetapkan oleh", "disahkan"]),
        (FieldLabel.Title, ["nama sop", "judul sop", "nama prosedur", "judul"]),
        (FieldLabel.LegalBasis, ["dasar hukum"]),
        (FieldLabel.Qualifications, ["kualifikasi pelaksana", "kualifikasi pelaksanaan", "kualifikasi"]),
        (FieldLabel.RelatedSops, ["keterkaitan", "keterkaitan sop", "sop terkait"]),
        (FieldLabel.Equipment, ["peralatan perlengkapan", "peralatan dan perlengkapan", "peralatan"]),
        (FieldLabel.Warnings, ["peringatan"]),
        (FieldLabel.Records, ["pencatatan dan pendataan", "pencatatan pendataan", "pencatatan"]),
    ];

    /// <summary>Identity fields whose label must stand alone or before a colon (short words like "No").</summary>
    private const double MinSimilarity = 0.8;

    private static readonly char[] StrayMarks = ['|', '»', '«', '~', '_', '"', '\'', '`', '•'];

    private static readonly HashSet<string> ShortVariants = new(StringComparer.Ordinal) { "no", "nomor", "judul", "disahkan" };

    public static bool IsSection(FieldLabel label) => label >= FieldLabel.LegalBasis;

    /// <summary>
    /// Matches a label at the start of <paramref name="text"/>. <paramref name="rest"/> is the text after
    /// the label and an optional colon (the inline value), empty when the label stands alone. Text after
    /// a label needs a colon, except after a two-word identity label ("Judul SOP Pengelolaan ...").
    /// </summary>
    public static bool TryMatch(string text, out FieldLabel label, out string rest)
    {
        ArgumentNullException.ThrowIfNull(text);
        rest = "";
        return MatchPrefix(text, out label, out var end) && ReadRest(text, label, end, out rest);
    }

    /// <summary>
    /// The label a line starts with (with its inline value) and the pair of section labels it may be, from one
    /// prefix match: the same answers as <see cref="TryMatch"/> and <see cref="TryMatchPair"/>.
    /// </summary>
    internal static (FieldLabel? Label, string Value, (FieldLabel Left, FieldLabel Right)? Pair) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MatchPrefix(text, out var label, out var end))
        {
            return (null, "", null);
        }
        (FieldLabel, FieldLabel)? pair = TryReadPair(text, label, end, out var right) ? (label, right) : null;
        return ReadRest(text, label, end, out var rest) ? (label, rest, pair) : (null, "", pair);
    }

    /// <summary>The inline value after a matched label; false when the text after it means it was no label.</summary>
    private static bool ReadRest(string text, FieldLabel label, int end, out string rest)
    {
        var after = text[end..];
        var colon = ColonStart().Match(after);
        // OCR adds stray strokes after a label ("Disahkan Oleh |"): they are not a value.
        rest = TextNormalizer.Fold(colon.Success ? after[colon.Length..] : after).Trim(StrayMarks).Trim();
        if (colon.Success || rest.Length == 0)
        {
            return true;
        }
        var key = TextNormalizer.Key(text[..end]);
        return !IsSection(label) && key.Contains(' ', StringComparison.Ordinal) && !ShortVariants.Contains(key)
            && char.IsWhiteSpace(after[0]);
    }

    /// <summary>True when the whole text is one label (with an optional colon) and nothing else.</summary>
    public static bool IsLabelOnly(string text, out FieldLabel label) =>
        TryMatch(text, out label, out var rest) && rest.Length == 0;

    /// <summary>
    /// Two section labels on one line, as OCR and merged two-column exports give them
    /// ("Peringatan Pencatatan dan Pendataan", "Dasar Hukum Kualifikasi Pelaksana").
    /// </summary>
    public static bool TryMatchPair(string text, out FieldLabel left, out FieldLabel right)
    {
        ArgumentNullException.ThrowIfNull(text);
        right = default;
        left = default;
        return text.Length <= MaxPairLength && MatchPrefix(text, out left, out var end) && TryReadPair(text, left, end, out right);
    }

    private static bool TryReadPair(string text, FieldLabel left, int end, out FieldLabel right)
    {
        right = default;
        if (text.Length > MaxPairLength || !IsSection(left))
        {
            return false;
        }
        var after = text[end..].TrimStart(' ', ':', '|', '/');
        return after.Length > 0 && IsLabelOnly(after, out right) && IsSection(right) && right != left;
    }

    /// <summary>Labels are at most four words; a line longer than this after them is never a label pair.</summary>
    private const int MaxPairLength = 80;

    /// <summary>Every variant's key, to its label (the first in <see cref="All"/> where two labels share one).</summary>
    private static readonly Dictionary<string, FieldLabel> ExactVariants = CreateExactVariants();

    private static readonly Dictionary<string, FieldLabel>.AlternateLookup<ReadOnlySpan<char>> ExactLookup =
        ExactVariants.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The variants long enough to match with typos, in the order of <see cref="All"/> (ties go to the first).</summary>
    private static readonly (FieldLabel Label, string Variant)[] FuzzyVariants =
        [.. All.SelectMany(a => a.Variants.Where(v => v.Length >= MinFuzzyLength).Select(v => (a.Label, v)))];

    /// <summary>Short labels must match exactly; OCR slips are tolerated from this length on.</summary>
    private const int MinFuzzyLength = 8;

    /// <summary>The key of a label is a few words; longer ASCII prefixes take the general path.</summary>
    private const int MaxStackKey = 256;

    private static Dictionary<string, FieldLabel> CreateExactVariants()
    {
        var exact = new Dictionary<string, FieldLabel>(StringComparer.Ordinal);
        foreach (var (label, variants) in All)
        {
            foreach (var variant in variants)
            {
                exact.TryAdd(variant, label);
            }
        }
        return exact;
    }

    /// <summary>
    /// The label the first one to four words of <paramref name="text"/> make, best score first: an exact key
    /// match (the longer the better) beats any near miss, and near misses score by edit distance.
    /// </summary>
    private static bool MatchPrefix(string text, out FieldLabel label, out int end)
    {
        label = default;
        end = 0;
        // A label never reaches past its colon: "Nomor : SOP/Kec/095" is the label "Nomor", not "Nomor SOP".
        var colonAt = text.IndexOf(':', StringComparison.Ordinal);
        var scope = colonAt > 0 ? text.AsSpan(0, colonAt) : text.AsSpan();
        Span<int> ends = stackalloc int[4];
        var count = 0;
        foreach (var word in WordPattern().EnumerateMatches(scope))
        {
            ends[count++] = word.Index + word.Length;
            if (count == ends.Length)
            {
                break;
            }
        }
        if (count == 0)
        {
            return false;
        }
        // The key of the first n words: for ASCII text the first characters of one key, otherwise (Key decomposes
        // accents) one key per prefix.
        var prefix = text.AsSpan(0, ends[count - 1]);
        var ascii = prefix.Length <= MaxStackKey && System.Text.Ascii.IsValid(prefix);
        Span<char> buffer = ascii ? stackalloc char[prefix.Length] : [];
        Span<int> keyEnds = stackalloc int[4];
        var asciiKey = ascii ? AsciiKey(prefix, buffer, keyEnds) : [];
        string[]? keys = null;
        if (!ascii)
        {
            keys = new string[count];
            for (var n = 1; n <= count; n++)
            {
                keys[n - 1] = TextNormalizer.Key(text[..ends[n - 1]]);
            }
        }
        // An exact match beats any near miss, and a longer one a shorter one.
        for (var n = count; n >= 1; n--)
        {
            ReadOnlySpan<char> key = keys is null ? asciiKey[..keyEnds[n - 1]] : keys[n - 1];
            if (ExactLookup.TryGetValue(key, out label))
            {
                end = ends[n - 1];
                return true;
            }
        }
        var best = 0.0;
        var bestWords = 0;
        for (var n = count; n >= 1; n--)
        {
            ReadOnlySpan<char> key = keys is null ? asciiKey[..keyEnds[n - 1]] : keys[n - 1];
            foreach (var (candidate, variant) in FuzzyVariants)
            {
                var score = Score(key, variant);
                if (score > best)
                {
                    best = score;
                    bestWords = n;
                    label = candidate;
                }
            }
        }
        if (best == 0)
        {
            return false;
        }
        end = ends[bestWords - 1];
        return true;
    }

    /// <summary>
    /// <see cref="TextNormalizer.Key"/> of ASCII text, written into <paramref name="buffer"/>, with where each of the
    /// first words ends in it: the key of the first n words is the key's first <c>keyEnds[n - 1]</c> characters.
    /// </summary>
    private static ReadOnlySpan<char> AsciiKey(ReadOnlySpan<char> text, Span<char> buffer, Span<int> keyEnds)
    {
        var length = 0;
        var words = 0;
        var space = false;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (space && length > 0)
                {
                    buffer[length++] = ' ';
                }
                space = false;
                inWord = true;
                buffer[length++] = char.ToLowerInvariant(ch);
                continue;
            }
            if (inWord && words < keyEnds.Length)
            {
                keyEnds[words++] = length;
            }
            inWord = false;
            space = true;
        }
        if (inWord && words < keyEnds.Length)
        {
            keyEnds[words] = length;
        }
        return buffer[..length];
    }

    /// <summary>
    /// Similarity of a prefix key to a long variant it does not equal. Longer labels tolerate OCR slips in
    /// proportion to their length. OCR slips rarely hit both ends of a label at once: that gate spares most
    /// edit distances.
    /// </summary>
    private static double Score(ReadOnlySpan<char> prefix, string variant)
    {
        if (Math.Abs(prefix.Length - variant.Length) > 3 || prefix.Length == 0 ||
            (prefix[0] != variant[0] && prefix[^1] != variant[^1]))
        {
            return 0;
        }
        // Only near misses matter: stop counting once the distance cannot reach 80% similarity.
        var allowed = (int)Math.Floor(Math.Max(prefix.Length, variant.Length) * (1 - MinSimilarity));
        var distance = Fuzzy.Distance(prefix, variant, allowed);
        return distance <= allowed ? 1.0 - (double)distance / Math.Max(prefix.Length, variant.Length) : 0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*[:;]\s*")]
    private static partial Regex ColonStart();
}
