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
}
