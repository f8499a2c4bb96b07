using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Core.Text;

/// <summary>White-space folding and the comparison key used by every fuzzy match.</summary>
public static partial class TextNormalizer
{
    /// <summary>Trims and folds internal runs of white space (incl. non-breaking spaces) to one space.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (IsFolded(text))
        {
            return text;
        }
        // Regex \s and char.IsWhiteSpace are the same set (it includes the non-breaking space).
        Span<char> folded = text.Length <= MaxStackFold ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded[length++] = ' ';
                pendingSpace = false;
            }
            folded[length++] = ch;
        }
        return new string(folded[..length]);
    }

    private const int MaxStackFold = 512;

    /// <summary>Most lines are folded already: single plain spaces between words, none at the ends.</summary>
    private static bool IsFolded(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        var previousSpace = false;
        foreach (var ch in text)
        {
            if (ch == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }
                previousSpace = true;
            }
            else if (char.IsWhiteSpace(ch))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }
        return true;
    }

    /// <summary>Folded text, or null when blank or written as a lone dash (the SOP way of saying "none").</summary>
    public static string? NullIfBlank(string? text)
    {
        var folded = Fold(text);
        return folded.Length == 0 || folded is "-" or "–" or "—" or "-." or "--" ? null : folded;
    }

    /// <summary>Lower-case ASCII-folded letters and digits, single spaces: the key labels are compared on.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        // Most text is ASCII: decomposing it would change nothing and costs more than the rest.
        var decomposed = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Strips a leading list marker: "1.", "1)", "a.", "-", "•", "o", and "2," before a capital (OCR reads a
    /// number's full stop as a comma).
    /// </summary>
    public static string StripListMarker(string text)
    {
        var m = ListMarker().Match(text);
        return m.Success ? text[m.Length..].TrimStart() : text;
    }

    public static bool HasListMarker(string text) => ListMarker().IsMatch(text);

    /// <summary>
    /// The item number a line starts with when OCR lost its full stop: one or two digits, a space and a capital
    /// ("3 Peraturan ..."); null otherwise. Whether it numbers an item depends on its neighbours (counting up).
    /// </summary>
    public static int? BareItemNumber(string line)
    {
        var m = BareItemNumberPattern().Match(line);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The line with its bare item number given back its full stop ("3 Peraturan" -> "3. Peraturan").</summary>
    public static string MarkBareItemNumber(string line) => BareItemNumberPattern().Replace(line, "$1. ", 1);

    /// <summary>
    /// The item number a line starts with, written with its full stop ("3.", "3)", "(3)", "3," before a capital) or
    /// without it (<see cref="BareItemNumber"/>); null otherwise.
    /// </summary>
    public static int? ItemNumber(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var m = MarkedItemNumberPattern().Match(line);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : BareItemNumber(line);
    }

    [GeneratedRegex(@"^(\d{1,2})\s+(?=\p{Lu})")]
    private static partial Regex BareItemNumberPattern();

    [GeneratedRegex(@"^\s*\(?(\d{1,2})\s*(?:[.)](?=\s|\S)|,(?=\s+\p{Lu}))")]
    private static partial Regex MarkedItemNumberPattern();

    [GeneratedRegex(@"^\s*(?:(?:\d{1,2}|[a-zA-Z])\s*[.)](?=\s|\S)|\d{1,2},(?=\s+\p{Lu})|\(\d{1,2}\)|[" + Vocabulary.Bullets + @"]|o(?=\s))\s*")]
    private static partial Regex ListMarker();
}
