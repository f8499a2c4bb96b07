using System.Text.RegularExpressions;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>Picks the government, unit and sub-unit out of the header lines.</summary>
public static partial class AgencyLines
{
    public static Agency Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Read(lines.Select(l => (IReadOnlyList<string>)[l]));
    }

    /// <summary>
    /// Reads the agency from groups of lines that sat together (one header cell, one text line). Inside a
    /// group, upper-case lines right after the unit continue it: a scan wraps "BADAN PENANGGULANGAN /
    /// BENCANA DAERAH" where an export kept one line.
    /// </summary>
    public static Agency Read(IEnumerable<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var lines = new List<(string Text, int Group, int Index)>();
        var g = 0;
        foreach (var group in groups)
        {
            lines.AddRange(group.SelectMany(SplitGovernmentAndUnit).Select((l, i) => (TextNormalizer.Fold(l), g, i)));
            g++;
        }
        // A header may leave "PEMERINTAH" out: then the region line above the unit names the government.
        var government = lines.FirstOrDefault(l => Government().IsMatch(l.Text)).Text ??
                         lines.TakeWhile(l => !Unit().IsMatch(l.Text)).FirstOrDefault(l => Region().IsMatch(l.Text)).Text;
        // Converters may put the section line above the unit line, so sub-units are told by their words, not order.
        // "SEKRETARIAT" alone above the OPD line is the secretariat the SOP comes from, not the unit.
        bool IsUnit(int i, bool subUnitToo) =>
            Unit().IsMatch(lines[i].Text) && !Government().IsMatch(lines[i].Text) &&
            (subUnitToo || !SubUnit().IsMatch(lines[i].Text)) &&
            !(Secretariat().IsMatch(lines[i].Text) && lines.Skip(i + 1).Any(l => Unit().IsMatch(l.Text) && !Secretariat().IsMatch(l.Text)));
        var unitAt = Enumerable.Range(0, lines.Count).FirstOrDefault(i => IsUnit(i, false), -1);
        if (unitAt < 0)
        {
            unitAt = Enumerable.Range(0, lines.Count).FirstOrDefault(i => IsUnit(i, true), -1);
        }
        string? unit = null;
        if (unitAt >= 0)
        {
            unit = lines[unitAt].Text;
            for (var k = unitAt + 1; k < lines.Count && lines[k].Group == lines[unitAt].Group && IsContinuation(lines[k].Text); k++)
            {
                unit += " " + lines[k].Text;
            }
        }
        var subUnit = lines.Where((l, i) => i != unitAt && SubUnit().IsMatch(l.Text)).Select(l => l.Text).FirstOrDefault();
        return new Agency(government, unit, subUnit);
    }

    /// <summary>
    /// "PEMERINTAH KOTA SEMARANG KECAMATAN BANYUMANIK" -> the government and the unit: header lines that a reader
    /// or converter ran together (a scan's header cell whose next line would not have fitted looks wrapped).
    /// </summary>
    private static IEnumerable<string> SplitGovernmentAndUnit(string line)
    {
        var m = GovernmentThenUnit().Match(line);
        return m.Success ? [m.Groups[1].Value, m.Groups[2].Value] : [line];
    }

    private static bool IsContinuation(string line) =>
        line.Any(char.IsLetter) && !line.Any(char.IsLower) && !Government().IsMatch(line) && !Unit().IsMatch(line) &&
        !SubUnit().IsMatch(line) && !Address().IsMatch(line);

    public static bool IsAgencyLine(string line) =>
        Government().IsMatch(line) || Unit().IsMatch(line) || SubUnit().IsMatch(line) || Address().IsMatch(line);

    [GeneratedRegex("^" + Vocabulary.GovernmentStart + @"(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Government();

    [GeneratedRegex(@"^\W*" + Vocabulary.UnitWord, RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex("^(" + Vocabulary.GovernmentStart + @"\s+\S.*?)\s+(" + Vocabulary.UnitWord + ".*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentThenUnit();

    [GeneratedRegex(@"^\W*" + Vocabulary.SubUnitWord, RegexOptions.IgnoreCase)]
    private static partial Regex SubUnit();

    [GeneratedRegex(@"^\W*SEKRETARIAT\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Secretariat();

    /// <summary>"PROVINSI KALIMANTAN BARAT", "KABUPATEN SLEMAN": a region in capitals, the whole line.</summary>
    [GeneratedRegex(@"^\W*(?:PROVINSI|PROPINSI|KABUPATEN|KOTA)\s+[A-Z][A-Z .]+$")]
    private static partial Regex Region();

    [GeneratedRegex(@"^\W*" + Vocabulary.AddressWord, RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
