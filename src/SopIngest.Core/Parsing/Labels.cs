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
        if (!MatchPrefix(text, out label, out var end))
        {
            return false;
        }
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
        if (text.Length > MaxPairLength || !MatchPrefix(text, out left, out var end) || !IsSection(left))
        {
            return false;
        }
        var after = text[end..].TrimStart(' ', ':', '|', '/');
        return after.Length > 0 && IsLabelOnly(after, out right) && IsSection(right) && right != left;
    }

    /// <summary>Labels are at most four words; a line longer than this after them is never a label pair.</summary>
    private const int MaxPairLength = 80;

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
        var keys = new string[count];
        for (var n = 1; n <= count; n++)
        {
            keys[n - 1] = TextNormalizer.Key(text[..ends[n - 1]]);
        }
        var best = 0.0;
        var bestWords = 0;
        for (var n = count; n >= 1; n--)
        {
            var prefix = keys[n - 1];
            foreach (var (candidate, variants) in All)
            {
                foreach (var variant in variants)
                {
                    var score = Score(prefix, variant);
                    if (score > best)
                    {
                        best = score;
                        bestWords = n;
                        label = candidate;
                    }
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

    private static double Score(string prefix, string variant)
    {
        if (prefix == variant)
        {
            return 1.0 + variant.Length / 100.0;
        }
        // Short labels must match exactly; longer ones tolerate OCR slips in proportion to their length.
        // OCR slips rarely hit both ends of a label at once: that gate spares most edit distances.
        if (variant.Length < 8 || Math.Abs(prefix.Length - variant.Length) > 3 || prefix.Length == 0 ||
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
