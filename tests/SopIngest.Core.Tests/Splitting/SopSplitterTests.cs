using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Core.Splitting;

namespace SopIngest.Core.Tests.Splitting;

public class SopSplitterTests
{
    // An identity page: the SOP form's label cells; a procedure page: its header and numbered rows.
    private static Block Identity(string title) => Some.Table(
        "Nomor SOP\t800/12/2024", "Tanggal Pembuatan\t2 Januari 2024", "Disahkan oleh\tKEPALA DINAS", $"Nama SOP\t{title}");

    private static Block Procedure(int from, int to) => Some.Table(
        [
            "No\tKegiatan\tPelaksana\t\tMutu Baku\t\t",
            "\t\tKasubag\tSekretaris\tKelengkapan\tWaktu\tOutput",
            .. Enumerable.Range(from, to - from + 1).Select(n => $"{n}\tLangkah {n}\t[]\t\tBerkas\t1 hari\tHasil"),
        ]);

    private static readonly Block Letter = Some.Text("SURAT TUGAS", "Nomor : 800/853/DISKOMINFO", "MENUGASKAN", "Kepada yang namanya tersebut");

    private static LayoutDocument Pages(params Block[] pages) =>
        new(pages.Select((b, i) => new LayoutPage(i + 1, [b is TableBlock t ? t with { Page = i + 1 } : b])).ToList(), ExtractionMethod.PdfText, pages.Length);

    [Theory]
    [InlineData("IPIPPIP", "1-2 3-5 6-7")] // identity page, procedure pages; the middle SOP's table runs over two pages
    [InlineData("IP", "1-2")]
    [InlineData("PP", "1-2")] // procedure pages only (a photo of the table): one SOP
    [InlineData("II", "1 2")] // two SOPs without procedure tables (a narrative procedure)
    [InlineData("LIP", "1-3")] // a cover before the first identity page belongs to the first SOP
    public void An_sop_starts_at_each_identity_page_after_the_one_before_it(string kinds, string expected)
    {
        var step = 1;
        var layout = Pages(kinds.Select(k => k switch
        {
            'I' => Identity("Pelayanan Informasi"),
            'P' => Procedure(step, (step += 4) - 1),
            _ => Letter,
        }).ToArray());

        Assert.Equal(expected, string.Join(' ', SopSplitter.Split(layout)));
    }

    [Fact]
    public void A_procedure_numbered_from_1_again_stays_in_its_sop()
    {
        // One SOP drawing two flows, each numbered from 1 (as BPS SOPs do).
        Assert.Equal("1-3", string.Join(' ', SopSplitter.Split(Pages(Identity("Pelaporan"), Procedure(1, 7), Procedure(1, 12)))));
    }

    [Fact]
    public void Each_sop_of_a_book_is_parsed_on_its_own_pages_and_carries_its_page_range()
    {
        var layout = Pages(Identity("Pelayanan Informasi"), Procedure(1, 4), Identity("Uji Konsekuensi"), Procedure(1, 3));
        var input = DocumentInput.Create("buku-sop.pdf", "%PDF-1.4"u8.ToArray());

        var sops = SopExtractor.FinishAll(input, layout).Sops;

        Assert.Equal(["Pelayanan Informasi", "Uji Konsekuensi"], sops.Select(s => s.Title));
        Assert.Equal([4, 3], sops.Select(s => s.Steps.Count));
        Assert.Equal([1, 2], sops[0].Source.PageRange);
        Assert.Equal([3, 4], sops[1].Source.PageRange);
    }

    [Fact]
    public void A_file_holding_one_sop_has_no_page_range()
    {
        var sop = Assert.Single(SopExtractor.FinishAll(DocumentInput.Create("sop.pdf", "%PDF"u8.ToArray()), Pages(Identity("A"), Procedure(1, 3))).Sops);

        Assert.Null(sop.Source.PageRange);
    }

    [Fact]
    public void Ranges_a_reviewer_set_are_kept()
    {
        var layout = Pages(Identity("A"), Procedure(1, 4), Identity("B"), Procedure(1, 3));
        var request = new SplitRequest { Ranges = [new PageRange(1, 3), new PageRange(4, 4)] };

        var sops = SopExtractor.FinishAll(DocumentInput.Create("buku.pdf", "%PDF"u8.ToArray()), layout, request).Sops;

        Assert.Equal([[1, 3], [4, 4]], sops.Select(s => s.Source.PageRange!));
    }

    [Fact]
    public void A_letter_is_refused_as_not_an_sop_and_read_as_one_when_asked()
    {
        var input = DocumentInput.Create("surat.pdf", "%PDF"u8.ToArray());
        var layout = Pages(Letter, Some.Table("NO\tNAMA\tNIP\tBIDANG", "1.\tRizki\t199703142023212014\tInformasi Publik"));

        var refused = Assert.Throws<UnreadableDocumentException>(() => SopExtractor.FinishAll(input, layout));
        Assert.Equal(UnreadableReason.NotSop, refused.Reason);
        Assert.Contains("not an SOP AP document", refused.Message, StringComparison.Ordinal);

        Assert.Single(SopExtractor.FinishAll(input, layout, new SplitRequest { AsSop = true }).Sops);
    }

    [Theory]
    [InlineData("I", true)]
    [InlineData("P", true)] // a photo of the procedure page
    [InlineData("L", false)]
    [InlineData("LL", false)]
    public void An_sop_shows_its_identity_labels_or_a_procedure_table(string kinds, bool isSop)
    {
        var layout = Pages(kinds.Select(k => k switch { 'I' => Identity("A"), 'P' => Procedure(1, 3), _ => Letter }).ToArray());

        Assert.Equal(isSop, SopRecognizer.NotSopReason(layout.Pages.Select(PageEvidence.Of).ToList()) is null);
    }
}
