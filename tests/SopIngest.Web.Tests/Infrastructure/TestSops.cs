using System.Text;

namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>Variants of the dev corpus's sop-dev-001 (a Markdown export): each a different file, with a known title and defects.</summary>
internal static class TestSops
{
    public const string Unit = "SEKRETARIAT DPRD";

    /// <summary>
    /// sop-dev-001 titled "Rekapitulasi Daftar Hadir Pegawai <paramref name="tag"/>"; <paramref name="revision"/> &gt; 0 changes
    /// the revision date and the first step (a revised SOP of the same title and unit); without a number it has an error flag.
    /// </summary>
    public static (string Name, byte[] Content) Sop(string tag, int revision = 0, bool withNumber = true, string? title = null)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, "sop-dev-001.md"))
            .Replace("Rekapitulasi Daftar Hadir Pegawai", title ?? $"Rekapitulasi Daftar Hadir Pegawai {tag}", StringComparison.Ordinal);
        if (revision > 0)
        {
            text = text.Replace("23 Juli 2020", $"{revision} Mei 2024", StringComparison.Ordinal)
                .Replace("Pegawai mengajukan permohonan dengan mengisi formulir",
                    $"Pegawai mengajukan permohonan dengan mengisi formulir daring (revisi {revision})", StringComparison.Ordinal);
        }
        if (!withNumber)
        {
            text = text.Replace("SOP/34.04/127/2018", "", StringComparison.Ordinal);
        }
        return ($"sop-{tag}-r{revision}{(withNumber ? "" : "-tanpa-nomor")}.md", Encoding.UTF8.GetBytes(text));
    }
}
