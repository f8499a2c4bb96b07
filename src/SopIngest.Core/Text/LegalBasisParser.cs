using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Model;

namespace SopIngest.Core.Text;

/// <summary>Reads one Dasar Hukum item: kind (abbreviations expanded), number, year and subject.</summary>
public static partial class LegalBasisParser
{
    // Order matters: the longer, more specific forms first. Each pattern is anchored at the item's start after
    // any punctuation (^\W*).
    private static readonly (Regex Pattern, string Kind)[] Kinds =
    [
        (UndangUndang(), "Undang-Undang"),
        (Perppu(), "Peraturan Pemerintah Pengganti Undang-Undang"),
        (PeraturanPemerintah(), "Peraturan Pemerintah"),
        (PeraturanPresiden(), "Peraturan Presiden"),
        (PeraturanMenteri(), "Peraturan Menteri"),
        (PeraturanDaerah(), "Peraturan Daerah"),
        (PeraturanBupati(), "Peraturan Bupati"),
        (PeraturanWalikota(), "Peraturan Walikota"),
        (PeraturanGubernur(), "Peraturan Gubernur"),
        (PeraturanKomisiInformasi(), "Peraturan Komisi Informasi"),
        (InstruksiPresiden(), "Instruksi Presiden"),
        (Keputusan(), "Keputusan"),
        (SuratEdaran(), "Surat Edaran"),
    ];

    public static LegalBasis Parse(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = TextNormalizer.Fold(item);
        string? kind = null;
        foreach (var (pattern, name) in Kinds)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                kind = name == "Keputusan" ? "Keputusan " + Title(m.Groups["who"].Value) : name;
                break;
            }
        }
        var beforeSubject = text;
        string? subject = null;
        var about = About().Match(text);
        if (about.Success)
        {
            beforeSubject = text[..about.Index];
            subject = CleanSubject(text[(about.Index + about.Length)..]);
        }
        var number = NumberPattern().Match(beforeSubject) is { Success: true } n ? n.Groups["number"].Value : null;
        // Without "Tahun", a decree numbered "7/DISKOMINFO/2020" carries its year at the number's end.
        var year = YearPattern().Match(beforeSubject) is { Success: true } y ? y.Groups["year"].Value
            : number is not null && NumberYear().Match(number) is { Success: true } ny ? ny.Groups["year"].Value
            : null;
        return new LegalBasis(text, kind, number, year is null ? null : int.Parse(year, CultureInfo.InvariantCulture), subject);
    }

    /// <summary>True when an item starts like a regulation; used to split run-together lists.</summary>
    public static bool StartsLikeRegulation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StartsLikeRegulation(text.AsSpan());
    }

    /// <summary>As <see cref="StartsLikeRegulation(string)"/>, for the rest of a line without copying it.</summary>
    public static bool StartsLikeRegulation(ReadOnlySpan<char> text)
    {
        // Cheap gate first: list splitting asks this for every word of a section.
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text[start..end];
        var gate = false;
        foreach (var kindWord in Vocabulary.RegulationKindWords)
        {
            gate |= word.StartsWith(kindWord, StringComparison.OrdinalIgnoreCase);
        }
        if (!gate)
        {
            return false;
        }
        foreach (var (pattern, _) in Kinds)
        {
            if (pattern.IsMatch(text))
            {
                return true;
            }
        }
        return false;
    }



    private static string? CleanSubject(string rest)
    {
        var amended = Amended().Match(rest);
        if (amended.Success)
        {
            rest = rest[..amended.Index];
        }
        rest = rest.Trim().TrimEnd(';', '.', ',', ':').Trim();
        return rest.Length == 0 ? null : rest;
    }

    private static string Title(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    [GeneratedRegex(@"^\W*(?:undang[\s\-–—]*undang|uu\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UndangUndang();

    [GeneratedRegex(@"^\W*(?:peraturan\s+pemerintah\s+pengganti|perppu\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Perppu();

    [GeneratedRegex(@"^\W*(?:peraturan\s+pemerintah|pp\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanPemerintah();

    [GeneratedRegex(@"^\W*(?:peraturan\s+presiden|perpres\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanPresiden();

    [GeneratedRegex(@"^\W*(?:peraturan\s+men(?:teri|pan)|permen\w*|peraturan\s+kepala\s+badan)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanMenteri();

    [GeneratedRegex(@"^\W*(?:peraturan\s+daerah|perda\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanDaerah();

    [GeneratedRegex(@"^\W*(?:peraturan\s+bupati|perbup\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanBupati();

    [GeneratedRegex(@"^\W*(?:peraturan\s+wali\s*kota|perwali\w*|perwal\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanWalikota();

    [GeneratedRegex(@"^\W*(?:peraturan\s+gubernur|pergub\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanGubernur();

    [GeneratedRegex(@"^\W*(?:peraturan\s+komisi\s+informasi|perki\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeraturanKomisiInformasi();

    [GeneratedRegex(@"^\W*(?:instruksi\s+presiden|inpres\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstruksiPresiden();

    [GeneratedRegex(@"^\W*(?:keputusan\s+(?<who>presiden|menteri|bupati|wali\s*kota|walikota|gubernur|kepala))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keputusan();

    [GeneratedRegex(@"^\W*(?:surat\s+edaran)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuratEdaran();

    [GeneratedRegex(@"\btentang\b\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex About();

    [GeneratedRegex(@"\s*,?\s*\b(?:sebagaimana|yang\s+telah\s+diubah|sbgmn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amended();

    // OCR reads the full stop after "No" as a comma and the colon after "Nomor" as a quote ("Nomor" 62").
    [GeneratedRegex(@"\b(?:nomor|nomer|no)\b\s*[.,]?\s*[:""“”]?\s*(?<number>[0-9][0-9A-Za-z./-]*?)(?=[\s,;]|$|\s*tahun)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\btahun\b\s*:?\s*(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"/\s*(?<year>(?:19|20)\d{2})$")]
    private static partial Regex NumberYear();
}
