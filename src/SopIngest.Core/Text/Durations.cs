using System.Globalization;
using System.Text.RegularExpressions;
using SopIngest.Core.Model;

namespace SopIngest.Core.Text;

/// <summary>Reads the Waktu column: "15", "60 mnt", "1 Jam", "3 hari", "2 hari kerja"; prose keeps only raw.</summary>
public static partial class Durations
{
    /// <param name="raw">The cell text.</param>
    /// <param name="bareNumberUnit">The unit a bare number is in (minutes under "Waktu (menit)").</param>
    public static Duration Parse(string? raw, DurationUnit? bareNumberUnit)
    {
        var text = TextNormalizer.NullIfBlank(raw);
        if (text is null)
        {
            return Duration.Blank;
        }
        var m = NumberWithUnit().Match(text);
        if (!m.Success)
        {
            return new Duration(text, null, null);
        }
        var value = double.Parse(m.Groups["value"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
        var unitWord = m.Groups["unit"].Value;
        if (unitWord.Length == 0)
        {
            // A bare number is minutes by the usual header; without one we still know the value.
            return new Duration(text, value, bareNumberUnit ?? DurationUnit.Minute);
        }
        var unit = UnitOf(unitWord);
        return unit is null ? new Duration(text, null, null) : new Duration(text, value, unit);
    }

    /// <summary>The unit a header names: "Waktu (menit)" -> minutes, "Waktu (jam)" -> hours.</summary>
    public static DurationUnit? UnitInHeader(string header)
    {
        var m = HeaderUnit().Match(header);
        return m.Success ? UnitOf(m.Groups["unit"].Value) : null;
    }

    /// <summary>
    /// The unit a word names, its abbreviations and Tesseract's usual misreadings of them included ("ri" read as
    /// "n": "han"; "i" as "l": "harl", "menlt"; "m" as "rn": "rnenit", "jarn"), none of which means anything else in
    /// a time column.
    /// </summary>
    private static DurationUnit? UnitOf(string word) => word.ToLowerInvariant().TrimEnd('.') switch
    {
        "m" or "mnt" or "mn" or "menit" or "mins" or "min" or "minute" or "minutes" or "menlt" or "rnenit" or "rnnt" => DurationUnit.Minute,
        "j" or "jam" or "jm" or "hour" or "hours" or "jarn" => DurationUnit.Hour,
        "h" or "hr" or "hri" or "hari" or "hari kerja" or "hr kerja" or "day" or "days" or "han" or "harl" or "han kerja" or "harl kerja" => DurationUnit.Day,
        "mg" or "mgg" or "minggu" or "pekan" or "week" or "weeks" => DurationUnit.Week,
        "bl" or "bln" or "bulan" or "month" or "months" => DurationUnit.Month,
        _ => null,
    };

    [GeneratedRegex(@"^(?<value>\d+(?:[.,]\d+)?)\s*(?<unit>(?:[A-Za-z]+\.?)(?:\s+kerja)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"\(\s*(?<unit>[A-Za-z]+)\s*\)")]
    private static partial Regex HeaderUnit();
}
