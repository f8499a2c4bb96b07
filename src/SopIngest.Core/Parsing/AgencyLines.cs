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
        string? government = null, unit = null, subUnit = null;
        foreach (var raw in lines)
        {
            var line = TextNormalizer.Fold(raw);
            if (government is null && Government().IsMatch(line))
            {
                government = line;
            }
            else if (unit is not null && subUnit is null && SubUnit().IsMatch(line))
            {
                subUnit = line;
            }
            else if (unit is null && Unit().IsMatch(line) && !Government().IsMatch(line))
            {
                unit = line;
            }
        }
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
