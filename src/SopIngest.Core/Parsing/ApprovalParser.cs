using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Reads a signature block: position, name with degrees, rank (pangkat/golongan) and NIP, in the usual
/// top-down order. Either the header's "Disahkan oleh" value or the closing block below the table.
/// </summary>
public static partial class ApprovalParser
{
    /// <summary>
    /// Reads a signature block's lines as read, its noise left out first: where OCR read some lines surely, a line of
    /// letters it was unsure of in every word is a QR code, a stamp's remnant or the signature read as text ("Ea",
    /// "Dak Segi MAAN"), never the position or the name. Exports carry no confidence and keep every line.
    /// </summary>
    public static Approval Parse(IReadOnlyList<TextLine> lines, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        options ??= ParserOptions.Default;
        var sure = lines.Any(l => l.Words.Any(w => w.Confidence >= options.SureWordConfidence && w.Text.Count(char.IsLetter) >= 3));
        return Parse(lines.Where(l => !sure || !IsNoise(l, options.NoiseWordConfidence)).Select(l => l.Text).ToList());
    }

    private static bool IsNoise(TextLine line, double below) =>
        line.Words.Count > 0 && line.Text.Any(char.IsLetter) && line.Words.All(w => w.Confidence is { } c && c < below);

    public static Approval Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? nip = null;
        string? rank = null;
        var candidates = new List<string>();
        // OCR frames signature lines with stray strokes ("Camat Jati Agung »", "|", "\"Pembina").
        foreach (var raw in lines.Select(l => TextNormalizer.Fold(l).Trim(StrayMarks).Trim()).Where(l => l.Count(char.IsLetterOrDigit) >= 2))
        {
            if (nip is not null)
            {
                break;
            }
            var line = raw;
            if (Nip.HasLabel(line) || NipDigits().IsMatch(line))
            {
                var at = NipLabel().Match(line);
                if (at.Success && at.Index > 0)
                {
                    var before = line[..at.Index].Trim();
                    if (rank is null && Rank().IsMatch(before))
                    {
                        rank = before;
                    }
                    else
                    {
                        candidates.Add(before);
                    }
                }
                nip = Nip.Find(line) ?? (NipDigits().IsMatch(line) ? Nip.Digits(line) : null);
                if (nip is null && Nip.HasLabel(line))
                {
                    nip = "";
                }
                continue;
            }
            if (rank is null && Rank().IsMatch(line))
            {
                rank = line;
                continue;
            }
            // A line without a word of three letters is not a title or a name: the signature scribble or the
            // stamp read as text ("TN", "8 i").
            if (Ignorable().IsMatch(line) || !HasWord(line))
            {
                continue;
            }
            candidates.Add(line);
        }
        candidates.RemoveAll(c => c.Length == 0);
        string? title = null;
        string? name = null;
        // The name is the line with degrees when there is one (OCR leaves stray words from the signature
        // scribble around it); otherwise the last line before rank and NIP.
        var named = candidates.FindLastIndex(LooksLikeName);
        if (candidates.Count >= 2 && named > 0)
        {
            name = candidates[named];
            title = string.Join(' ', candidates.Take(named));
        }
        else if (candidates.Count >= 2)
        {
            name = candidates[^1];
            title = string.Join(' ', candidates.Take(candidates.Count - 1));
        }
        else if (candidates.Count == 1)
        {
            if (rank is null && nip is null && !LooksLikeName(candidates[0]))
            {
                title = candidates[0];
            }
            else if (LooksLikePosition(candidates[0]) && !LooksLikeName(candidates[0]))
            {
                title = candidates[0];
            }
            else
            {
                name = candidates[0];
            }
        }
        return new Approval(title is null ? null : RepairLeadingPosition(title), name, rank, TextNormalizer.NullIfBlank(nip));
    }

    private static readonly string[] PositionWords =
        ["KEPALA", "CAMAT", "LURAH", "SEKRETARIS", "INSPEKTUR", "DIREKTUR", "BUPATI", "WALIKOTA", "GUBERNUR", "ASISTEN", "KETUA"];

    /// <summary>
    /// "PALA BADAN PERENCANAAN" -> "KEPALA BADAN PERENCANAAN": the stamp over the start of a signature block
    /// hides the first letters of the position from OCR. A first word that is the last four or more letters of a
    /// position word, and not a word of its own, is that position word.
    /// </summary>
    private static string RepairLeadingPosition(string title)
    {
        var space = title.IndexOf(' ', StringComparison.Ordinal);
        if (space < 4)
        {
            return title;
        }
        var first = title[..space];
        if (!first.All(char.IsLetter))
        {
            return title;
        }
        foreach (var word in PositionWords)
        {
            if (first.Length < word.Length && word.EndsWith(first, StringComparison.OrdinalIgnoreCase))
            {
                var whole = first.All(char.IsUpper) ? word : word[0] + word[1..].ToLowerInvariant();
                return whole + title[space..];
            }
        }
        return title;
    }

    private static readonly char[] StrayMarks = ['|', '»', '«', '~', '_', '"', '\'', '`', '•', ':'];

    private static bool HasWord(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Count(char.IsLetter) >= 3);

    public static bool LooksLikeName(string line) => Degree().IsMatch(line);

    public static bool LooksLikePosition(string line) => Position().IsMatch(line);

    public static bool IsRank(string line) => Rank().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:Pembina|Penata|Pengatur|Juru)\b.{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Rank();

    [GeneratedRegex(@"\bN\s?[I1l]\s?P\b", RegexOptions.IgnoreCase)]
    private static partial Regex NipLabel();

    [GeneratedRegex(@"^\s*\d{8}\s*\d{6}\s*\d\s*\d{3}\s*$")]
    private static partial Regex NipDigits();

    [GeneratedRegex(@"^\s*(?:a\.?\s?n\.?|u\.?\s?b\.?|plt\.?|plh\.?|ttd\.?|cap|stempel)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Ignorable();

    [GeneratedRegex(@"(?:^|\s)(?:Drs?|Dra|Ir|Hj?|Prof|dr)\.\s|,\s*(?:S|M|D|Dr|Ir|Lc|A\.?Md|Amd)[\w.]*|\b(?:S\.\w+|M\.\w+|SE|SH|ST|MM|MH|MT|MSi)\b\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    [GeneratedRegex(@"\b(?:camat|lurah|kepala|sekretaris|inspektur|direktur|bupati|wali\s*kota|walikota|gubernur|kabag|kasubag|plt|asisten|sekda|ketua)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Position();
}
