using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class ApprovalParserTests
{
    [Fact]
    public void Reads_position_name_rank_and_nip_in_order()
    {
        var approval = ApprovalParser.Parse(["CAMAT KUALA BETARA", "H. HERRY PUTRA SYAM, SE", "Pembina", "Nip. 19751118 200003 1 003"]);
        Assert.Equal("CAMAT KUALA BETARA", approval.Title);
        Assert.Equal("H. HERRY PUTRA SYAM, SE", approval.Name);
        Assert.Equal("Pembina", approval.Rank);
        Assert.Equal("197511182000031003", approval.Nip);
    }

    [Theory]
    [InlineData("PALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH")]
    [InlineData("pala Dinas Sosial", "Kepala Dinas Sosial")]
    [InlineData("AMAT NGAGLIK", "CAMAT NGAGLIK")]
    [InlineData("KEPALA DINAS", "KEPALA DINAS")]
    [InlineData("ALA DINAS", "ALA DINAS")] // three letters: too little to tell
    public void A_position_whose_first_letters_a_stamp_hid_is_completed(string read, string title)
    {
        var approval = ApprovalParser.Parse([read, "Ir. SUHENDRA, MT", "NIP. 19680405 199503 1 002"]);
        Assert.Equal(title, approval.Title);
    }

    [Fact]
    public void Lines_ocr_was_unsure_of_in_every_word_are_left_out_beside_sure_ones()
    {
        static TextLine Line(params (string Text, double Confidence)[] words) =>
            TextLine.FromWords(words.Select(w => new Word(w.Text, new Box(0, 0, 10, 10), w.Confidence)).ToList(), 1);
        var approval = ApprovalParser.Parse(
        [
            Line(("Kepala", 0.96), ("BPS", 0.97), ("Provinsi", 0.96), ("Bengkulu", 0.96)),
            Line(("Ter", 0.33), ("La", 0.2), ("Pa", 0.11)), // a QR code read as text
            Line(("Ir.", 0.92), ("Win", 0.96), ("Rizal,", 0.96), ("M.E", 0.9)),
            Line(("NIP", 0.96), ("196608251988021001", 0.9)),
        ]);
        Assert.Equal("Kepala BPS Provinsi Bengkulu", approval.Title);
        Assert.Equal("Ir. Win Rizal, M.E", approval.Name);

        // Without any sure line (a poor scan throughout), nothing is taken for noise.
        var unsure = ApprovalParser.Parse([Line(("Kepala", 0.3), ("Dinas", 0.35)), Line(("SAMUEL,", 0.3), ("SE", 0.2))]);
        Assert.Equal("Kepala Dinas", unsure.Title);
    }

    [Fact]
    public void Reads_rank_and_nip_written_on_one_line()
    {
        var approval = ApprovalParser.Parse(["Kepala Badan", "Hj. Rina Lamato, S.STP., M.AP", "Pembina Tk. I NIP. 19730512 199703 2 008"]);
        Assert.Equal("Kepala Badan", approval.Title);
        Assert.Equal("Hj. Rina Lamato, S.STP., M.AP", approval.Name);
        Assert.Equal("Pembina Tk. I", approval.Rank);
        Assert.Equal("197305121997032008", approval.Nip);
    }

    [Fact]
    public void Lines_without_a_word_of_three_letters_are_signature_scribble()
    {
        var approval = ApprovalParser.Parse(["Camat Jati Agung", "TN", "8 i", "DRS. H. SLAMET SRI SYAM, SH., MH", "Pembina", "NIP. 19840801 200903 1 005"]);
        Assert.Equal("Camat Jati Agung", approval.Title);
        Assert.Equal("DRS. H. SLAMET SRI SYAM, SH., MH", approval.Name);
        Assert.Equal("198408012009031005", approval.Nip);
    }

    [Fact]
    public void A_position_alone_is_the_title()
    {
        var approval = ApprovalParser.Parse(["CAMAT DARUL IMARAH"]);
        Assert.Equal("CAMAT DARUL IMARAH", approval.Title);
        Assert.Null(approval.Name);
        Assert.Null(approval.Nip);
    }

    [Theory]
    [InlineData("Pembina Utama Muda, IV/c")]
    [InlineData("Penata Tk. I (III/d)")]
    [InlineData("Pembina (IV/a)")]
    public void Ranks_are_recognised(string rank) => Assert.True(ApprovalParser.IsRank(rank));

    [Fact]
    public void Stray_ocr_marks_around_signature_lines_are_dropped()
    {
        var approval = ApprovalParser.Parse(["Camat Jati Agung »", "|", "DRS. H. SLAMET, SH", "\"Pembina", "NIP 19840801 200903 1 005"]);
        Assert.Equal("Camat Jati Agung", approval.Title);
        Assert.Equal("DRS. H. SLAMET, SH", approval.Name);
        Assert.Equal("Pembina", approval.Rank);
    }

    [Fact]
    public void A_stray_word_under_the_name_does_not_replace_it()
    {
        var approval = ApprovalParser.Parse(["Camat Jati Agung", "DRS. H. SLAMET SRI SYAM, SH., MH", "Saat", "Pembina", "NIP 19840801 200903 1 005"]);
        Assert.Equal("Camat Jati Agung", approval.Title);
        Assert.Equal("DRS. H. SLAMET SRI SYAM, SH., MH", approval.Name);
    }
}
