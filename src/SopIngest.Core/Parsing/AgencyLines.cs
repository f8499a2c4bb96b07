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
        var government = lines.FirstOrDefault(l => Government().IsMatch(l.Text)).Text;
        // Converters may put the section line above the unit line, so sub-units are told by their words, not order.
        var unitAt = lines.FindIndex(l => Unit().IsMatch(l.Text) && !SubUnit().IsMatch(l.Text) && !Government().IsMatch(l.Text));
        if (unitAt < 0)
        {
            unitAt = lines.FindIndex(l => Unit().IsMatch(l.Text) && !Government().IsMatch(l.Text));
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

    // "PEMERINTAH KOTA", "PEMERINTAH KABUPATEN" (or what OCR left of it: "KABUPA"), "PEMERINTAH PROVINSI".
    private const string GovernmentStart = @"\W*PEMERINTAH\s+(?:KOTA|KAB(?:U\w{0,6})?\.?|PROV\w{0,4}\.?)";
    private const string UnitWord = @"(?:KECAMATAN|KANTOR|DINAS|BADAN|SEKRETARIAT|KELURAHAN|INSPEKTORAT|RUMAH\s+SAKIT|RSUD|SATUAN|UPTD?|PUSKESMAS|DESA|BIRO|LEMBAGA|BAGIAN)\b";

    [GeneratedRegex("^" + GovernmentStart + @"(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Government();

    [GeneratedRegex(@"^\W*" + UnitWord, RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex("^(" + GovernmentStart + @"\s+\S.*?)\s+(" + UnitWord + ".*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentThenUnit();

    [GeneratedRegex(@"^\W*(?:SUB\s*BAGIAN|SUBBAG|SEKSI|SUB\s*BIDANG|BIDANG|UPTD?|SEKRETARIAT\s+(?:KELURAHAN|KECAMATAN|DINAS|BADAN))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubUnit();

    [GeneratedRegex(@"^\W*(?:Jl\.?|Jalan|Telp|Telepon|Kode\s*Pos|Email|Website|Fax)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
