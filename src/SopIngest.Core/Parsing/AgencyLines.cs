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
        var folded = lines.Select(TextNormalizer.Fold).ToList();
        var government = folded.FirstOrDefault(l => Government().IsMatch(l));
        // Converters may put the section line above the unit line, so sub-units are told by their words, not order.
        var unit = folded.FirstOrDefault(l => Unit().IsMatch(l) && !SubUnit().IsMatch(l) && !Government().IsMatch(l)) ??
                   folded.FirstOrDefault(l => Unit().IsMatch(l) && !Government().IsMatch(l));
        var subUnit = folded.FirstOrDefault(l => SubUnit().IsMatch(l) && !ReferenceEquals(l, unit));
        return new Agency(government, unit, subUnit);
    }

    public static bool IsAgencyLine(string line) =>
        Government().IsMatch(line) || Unit().IsMatch(line) || SubUnit().IsMatch(line) || Address().IsMatch(line);

    [GeneratedRegex(@"^\W*PEMERINTAH\s+(?:KABUPATEN|KOTA|PROVINSI|KAB\.)", RegexOptions.IgnoreCase)]
    private static partial Regex Government();

    [GeneratedRegex(@"^\W*(?:KECAMATAN|KANTOR|DINAS|BADAN|SEKRETARIAT|KELURAHAN|INSPEKTORAT|RUMAH\s+SAKIT|RSUD|SATUAN|UPTD?|PUSKESMAS|DESA|BIRO|LEMBAGA|BAGIAN)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex(@"^\W*(?:SUB\s*BAGIAN|SUBBAG|SEKSI|SUB\s*BIDANG|BIDANG|UPTD?|SEKRETARIAT\s+(?:KELURAHAN|KECAMATAN|DINAS|BADAN))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubUnit();

    [GeneratedRegex(@"^\W*(?:Jl\.?|Jalan|Telp|Telepon|Kode\s*Pos|Email|Website|Fax)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
