using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Model;

namespace SopIngest.Core.Text;

/// <summary>Reads dates as Indonesian SOPs write them: "2 Maret 2020", "Januari 2019", "02-03-2020" (day first).</summary>
public static partial class IndonesianDates
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["pebruari"] = 2, ["feb"] = 2, ["peb"] = 2,
        ["maret"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["jul"] = 7, ["agustus"] = 8, ["agt"] = 8, ["agu"] = 8, ["agus"] = 8, ["ags"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["oktober"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nopember"] = 11, ["nov"] = 11, ["nop"] = 11, ["desember"] = 12, ["des"] = 12, ["dec"] = 12,
        // English spellings turn up in converter output.
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
        ["october"] = 10, ["december"] = 12,
    };

    /// <summary>The date as written (folded) and its ISO value where day, month and year (or month and year) are known.</summary>
    public static SopDate Parse(string? raw)
    {
        var text = TextNormalizer.NullIfBlank(raw);
        if (text is null)
        {
            return SopDate.Blank;
        }
        return new SopDate(text, ToIso(text));
    }

    /// <summary>True when <paramref name="text"/> is a date on its own (used to spot "Place, date" lines).</summary>
    public static bool ContainsDate(string text) => ToIso(text) is not null;

    private static string? ToIso(string text)
    {
        var m = DayMonthYear().Match(text);
        if (m.Success && (MonthOf(m.Groups["month"].Value) ?? NearMonth(m.Groups["month"].Value)) is { } month)
        {
            return Iso(Year(m.Groups["year"].Value), month, int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture));
        }
        m = Numeric().Match(text);
        if (m.Success)
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var mon = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            return mon is >= 1 and <= 12 ? Iso(Year(m.Groups["year"].Value), mon, day) : null;
        }
        m = MonthYear().Match(text);
        if (m.Success && MonthOf(m.Groups["month"].Value) is { } onlyMonth)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Year(m.Groups["year"].Value):D4}-{onlyMonth:D2}");
        }
        return null;
    }

    private static int Year(string digits)
    {
        var y = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + y : y;
    }

    private static string? Iso(int year, int month, int day)
    {
        if (year < 1900 || year > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    /// <summary>
    /// A long month name misread by a letter or two ("Januan", "Avril", "ustus" under a stamp), when a day stands
    /// before it and a year after: the one full name within one slip (five or six letters) or two (longer). Short
    /// names never match loosely ("Juni" and "Juli" are one slip apart).
    /// </summary>
    private static int? NearMonth(string word)
    {
        var key = word.ToLowerInvariant().TrimEnd('.');
        int? found = null;
        foreach (var (name, month) in FullNames)
        {
            var allowed = name.Length >= 7 ? 2 : 1;
            if (Fuzzy.Distance(key, name, allowed) <= allowed)
            {
                if (found is not null && found != month)
                {
                    return null;
                }
                found = month;
            }
        }
        return found;
    }

    private static readonly (string Name, int Month)[] FullNames =
        [.. Months.Where(p => p.Key.Length >= 5).Select(p => (p.Key, p.Value))];

    private static int? MonthOf(string word)
    {
        var key = word.ToLowerInvariant().TrimEnd('.');
        return Months.TryGetValue(key, out var m) ? m : null;
    }

    [GeneratedRegex(@"(?<![\d])(?<day>\d{1,2})\s*[-/.\s]?\s*(?<month>[A-Za-z]{3,9})\.?\s*[-/.,\s]?\s*(?<year>\d{4})(?!\d)")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d])(?<day>\d{1,2})\s*[-/.]\s*(?<month>\d{1,2})\s*[-/.]\s*(?<year>\d{4}|\d{2})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![A-Za-z\d])(?<month>[A-Za-z]{3,9})\.?\s*,?\s*(?<year>\d{4})(?!\d)")]
    private static partial Regex MonthYear();
}
