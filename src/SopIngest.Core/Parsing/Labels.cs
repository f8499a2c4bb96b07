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
        (FieldLabel.Number, Vocabulary.NumberLabels),
        (FieldLabel.Created, Vocabulary.CreatedLabels),
        (FieldLabel.Revised, Vocabulary.RevisedLabels),
        (FieldLabel.Effective, Vocabulary.EffectiveLabels),
        (FieldLabel.Approval, Vocabulary.ApprovalLabels),
        (FieldLabel.Title, Vocabulary.TitleLabels),
        (FieldLabel.LegalBasis, Vocabulary.LegalBasisLabels),
        (FieldLabel.Qualifications, Vocabulary.QualificationsLabels),
        (FieldLabel.RelatedSops, Vocabulary.RelatedSopsLabels),
        (FieldLabel.Equipment, Vocabulary.EquipmentLabels),
        (FieldLabel.Warnings, Vocabulary.WarningsLabels),
        (FieldLabel.Records, Vocabulary.RecordsLabels),
    ];

    private static readonly HashSet<string> ShortVariants = new(Vocabulary.ShortLabels, StringComparer.Ordinal);

    public static bool IsSection(FieldLabel label) => label >= FieldLabel.LegalBasis;

    public static bool IsDate(FieldLabel label) => label is FieldLabel.Created or FieldLabel.Revised or FieldLabel.Effective;

    /// <summary>
    /// Matches a label at the start of <paramref name="text"/>. <paramref name="rest"/> is the text after
    /// the label and an optional colon (the inline value), empty when the label stands alone. Text after
    /// a label needs a colon, except after a two-word identity label ("Judul SOP Pengelolaan ...") and a date
    /// after a date label ("Tanggal 9 Agustus 2023").
    /// </summary>
    public static bool TryMatch(string text, out FieldLabel label, out string rest) => TryMatch(text, ParserOptions.Default, out label, out rest);

    internal static bool TryMatch(string text, ParserOptions options, out FieldLabel label, out string rest)
    {
        var (found, value, _) = Read(text, options);
        label = found ?? default;
        rest = value;
        return found is not null;
    }

    /// <summary>
    /// The label a line starts with (with its inline value) and the pair of section labels it may be. The
    /// words a label is read from are tried best first (an exact variant, the longer the better, then near
    /// misses by similarity); a reading whose rest cannot follow its label gives way to the next one, so
    /// "Pencatatan dan Pendaftaran" is the records label misread, not "Pencatatan" followed by prose.
    /// </summary>
    internal static (FieldLabel? Label, string Value, (FieldLabel Left, FieldLabel Right)? Pair) Read(string text,
        ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        (FieldLabel? Label, string Value, (FieldLabel, FieldLabel)? Pair)? first = null;
        (FieldLabel, FieldLabel)? firstPair = null;
        var found = MatchPrefix(text, options, (label, end) =>
        {
            if (first is null)
            {
                firstPair = TryReadPair(text, label, end, options, out var right) ? (label, right) : null;
                first = (null, "", firstPair);
            }
            if (ReadRest(text, label, end, out var rest))
            {
                var pair = TryReadPair(text, label, end, options, out var r) ? (label, r) : ((FieldLabel, FieldLabel)?)null;
                first = (label, rest, pair);
                return true;
            }
            // Two section labels side by side are read as a pair, not as a label with prose after it.
            return firstPair is not null;
        });
        return found && first is { } hit ? hit : (null, "", firstPair);
    }

    /// <summary>The inline value after a matched label; false when the text after it means it was no label.</summary>
    private static bool ReadRest(string text, FieldLabel label, int end, out string rest)
    {
        var after = text[end..];
        var colon = ColonStart().Match(after);
        // OCR adds stray strokes after a label ("Disahkan Oleh |", "Keterkaitan &"): they are not a value.
        rest = TextNormalizer.Fold(colon.Success ? after[colon.Length..] : after).Trim(Vocabulary.StrayMarks).Trim();
        if (!colon.Success && rest.Length > 0 && !rest.Any(char.IsLetterOrDigit))
        {
            // A lone dash says "none" (kept, the value reads as blank); any other mark is a stroke.
            rest = TextNormalizer.NullIfBlank(rest) is null ? rest : "";
            return true;
        }
        if (colon.Success && IsSection(label) && rest.Length > 0 && IsWholeVariant(TextNormalizer.Key(text), label))
        {
            // The colon was a misread letter inside the label ("PERALATANM:/ PERLENGKAPAN"): all of it is the label.
            rest = "";
        }
        if (colon.Success || rest.Length == 0)
        {
            return true;
        }
        if (IsDate(label) && char.IsWhiteSpace(after[0]) && char.IsAsciiDigit(rest[0]) && IndonesianDates.ContainsDate(rest))
        {
            return true;
        }
        var key = TextNormalizer.Key(text[..end]);
        return !IsSection(label) && key.Contains(' ', StringComparison.Ordinal) && !ShortVariants.Contains(key)
            && char.IsWhiteSpace(after[0]);
    }

    /// <summary>
    /// True when <paramref name="text"/> starts with an identity label that a colon follows or that is all there
    /// is ("Tanggal Pembuatan : 2 Januari 2024", "Tgl Revisi"): the next label inside a line of labels.
    /// </summary>
    internal static bool StartsWithIdentityLabel(string text, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return MatchPrefix(text, options, (label, end) =>
            !IsSection(label) && !ShortVariants.Contains(TextNormalizer.Key(text[..end])) &&
            (ColonStart().IsMatch(text[end..]) || TextNormalizer.Key(text[end..]).Length == 0));
    }

    /// <summary>True when <paramref name="key"/> is, near enough, one of the longer variants of <paramref name="label"/>.</summary>
    private static bool IsWholeVariant(string key, FieldLabel label) =>
        Variants.Any(v => v.Label == label && v.Variant.Contains(' ', StringComparison.Ordinal) &&
                          Score(key, v.Variant, ParserOptions.Default.LabelSimilarity) > 0);

    /// <summary>True when the whole text is one label (with an optional colon) and nothing else.</summary>
    public static bool IsLabelOnly(string text, out FieldLabel label) => IsLabelOnly(text, ParserOptions.Default, out label);

    internal static bool IsLabelOnly(string text, ParserOptions options, out FieldLabel label) =>
        TryMatch(text, options, out label, out var rest) && rest.Length == 0;

    /// <summary>
    /// Two section labels on one line, as OCR and merged two-column exports give them
    /// ("Peringatan Pencatatan dan Pendataan", "Dasar Hukum Kualifikasi Pelaksana").
    /// </summary>
    public static bool TryMatchPair(string text, out FieldLabel left, out FieldLabel right)
    {
        var (_, _, pair) = Read(text);
        (left, right) = pair ?? default;
        return pair is not null;
    }

    private static bool TryReadPair(string text, FieldLabel left, int end, ParserOptions options, out FieldLabel right)
    {
        right = default;
        if (text.Length > options.MaxLabelPairLength || !IsSection(left))
        {
            return false;
        }
        var after = text[end..].TrimStart(' ', ':', '|', '/');
        return after.Length > 0 && IsLabelOnly(after, options, out right) && IsSection(right) && right != left;
    }

    /// <summary>Every variant's key, to its label (the first in <see cref="All"/> where two labels share one).</summary>
    private static readonly Dictionary<string, FieldLabel> ExactVariants = CreateExactVariants();

    private static readonly Dictionary<string, FieldLabel>.AlternateLookup<ReadOnlySpan<char>> ExactLookup =
        ExactVariants.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every variant, in the order of <see cref="All"/> (ties go to the first); near misses are scored against those long enough.</summary>
    private static readonly (FieldLabel Label, string Variant)[] Variants =
        [.. All.SelectMany(a => a.Variants.Select(v => (a.Label, v)))];

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
    /// Offers the readings of the first one to four words of <paramref name="text"/> as a label to
    /// <paramref name="accept"/>, best first, until one is accepted: exact key matches (the longer the better),
    /// then near misses by edit distance. False when none was accepted.
    /// </summary>
    private static bool MatchPrefix(string text, ParserOptions options, Func<FieldLabel, int, bool> accept)
    {
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
            if (ExactLookup.TryGetValue(key, out var label) && accept(label, ends[n - 1]))
            {
                return true;
            }
        }
        // Near misses, best score first; on a tie the longer reading, then the variant listed first.
        List<(double Score, int Words, FieldLabel Label)>? near = null;
        for (var n = count; n >= 1; n--)
        {
            ReadOnlySpan<char> key = keys is null ? asciiKey[..keyEnds[n - 1]] : keys[n - 1];
            foreach (var (candidate, variant) in Variants)
            {
                if (variant.Length < options.MinFuzzyLabelLength)
                {
                    continue;
                }
                var score = Score(key, variant, options.LabelSimilarity);
                if (score > 0)
                {
                    (near ??= []).Add((score, n, candidate));
                }
            }
        }
        if (near is null)
        {
            return false;
        }
        foreach (var (_, words, candidate) in near.OrderByDescending(c => c.Score))
        {
            if (accept(candidate, ends[words - 1]))
            {
                return true;
            }
        }
        return false;
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
    /// <summary>From this length a label may be misread at both ends ("langgal kfektit") and still be scored.</summary>
    private const int BothEndsSlipLength = 12;

    private static double Score(ReadOnlySpan<char> prefix, string variant, double minSimilarity)
    {
        if (Math.Abs(prefix.Length - variant.Length) > 3 || prefix.Length == 0 ||
            (prefix.Length < BothEndsSlipLength && prefix[0] != variant[0] && prefix[^1] != variant[^1]))
        {
            return 0;
        }
        // Only near misses matter: stop counting once the distance cannot reach 80% similarity.
        // (1 - 0.8) is 0.19999...: without the nudge a 15-letter label would tolerate 2 slips, not 3.
        var allowed = (int)Math.Floor(Math.Max(prefix.Length, variant.Length) * (1 - minSimilarity) + 1e-9);
        var distance = Fuzzy.Distance(prefix, variant, allowed);
        return distance <= allowed ? 1.0 - (double)distance / Math.Max(prefix.Length, variant.Length) : 0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*[:;]\s*")]
    private static partial Regex ColonStart();
}
