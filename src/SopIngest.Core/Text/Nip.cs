using System.Text.RegularExpressions;

namespace SopIngest.Core.Text;

/// <summary>NIP (Nomor Induk Pegawai): 18 digits, birth date 8, appointment 6, sex 1, serial 3.</summary>
public static partial class Nip
{
    public const int Length = 18;

    /// <summary>Finds "NIP. 19641231 199303 1 097" in a line and returns its digits, or null.</summary>
    public static string? Find(string line)
    {
        var m = Labelled().Match(line);
        return m.Success ? Digits(m.Groups["digits"].Value) : null;
    }

    public static bool HasLabel(string line) => Labelled().IsMatch(line) || LabelOnly().IsMatch(line);

    public static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    public static bool IsValid(string? digits) => digits is { Length: Length } && digits.All(char.IsAsciiDigit);

    // OCR reads the label's full stop as a comma ("NIP, 19650408 ...").
    [GeneratedRegex(@"\bN\s?[I1l]\s?P\b\s*[.,:]?\s*[.,:]?\s*(?<digits>\d[\d\s.]*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^\s*N\s?[I1l]\s?P\b", RegexOptions.IgnoreCase)]
    private static partial Regex LabelOnly();
}
