using System.Text;

namespace SopIngest.Web.UiTests.Infrastructure;

/// <summary>Small documents made from the dev corpus, each with a known defect for the reviewer to fix.</summary>
public static class TestDocuments
{
    /// <summary>
    /// sop-dev-001 without its SOP number (missing-field error on 'number') and with no symbol on the last step
    /// (step-no-actor on 'steps[3].actors'; the Pegawai column is the right one). <paramref name="tag"/> makes the
    /// bytes unique so each test gets its own document.
    /// </summary>
    public static (string Name, byte[] Content) MissingNumberAndActor(string tag)
    {
        var text = File.ReadAllText(Corpus.File("sop-dev-001.md"))
            .Replace("SOP/34.04/127/2018", "", StringComparison.Ordinal)
            .Replace("Menyerahkan rekap daftar hadir kepada pegawai yang bersangkutan\tSelesai", "Menyerahkan rekap daftar hadir kepada pegawai yang bersangkutan\t", StringComparison.Ordinal)
            .Replace("Rekapitulasi Daftar Hadir Pegawai", "Rekapitulasi Daftar Hadir Pegawai " + tag, StringComparison.Ordinal);
        return ($"sop-{tag}.md", Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// sop-dev-001 as published ("Rekapitulasi Daftar Hadir Pegawai <paramref name="tag"/>", no error flags); with
    /// <paramref name="revision"/> &gt; 0 the revised edition of it: a new revision date and a changed first step, same unit and title.
    /// </summary>
    public static (string Name, byte[] Content) Published(string tag, int revision = 0)
    {
        var text = File.ReadAllText(Corpus.File("sop-dev-001.md"))
            .Replace("Rekapitulasi Daftar Hadir Pegawai", "Rekapitulasi Daftar Hadir Pegawai " + tag, StringComparison.Ordinal);
        if (revision > 0)
        {
            text = text.Replace("23 Juli 2020", $"{revision} Mei 2024", StringComparison.Ordinal)
                .Replace("Pegawai mengajukan permohonan dengan mengisi formulir",
                    $"Pegawai mengajukan permohonan dengan mengisi formulir daring (edisi {revision + 1})", StringComparison.Ordinal);
        }
        return ($"sop-{tag}-edisi-{revision + 1}.md", Encoding.UTF8.GetBytes(text));
    }
}
