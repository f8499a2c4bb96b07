using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class SopParserTests
{
    private static readonly string[] TwoRowHeader =
    [
        "No.\tUraian Prosedur\tPelaksana\t\t\tMutu Baku\t\t\tKeterangan",
        "\t\tCamat\tSekretaris\tStaf\tKelengkapan\tWaktu (menit)\tOuput\t",
    ];

    [Fact]
    public void Two_row_header_gives_actors_and_mutu_baku_columns()
    {
        var sop = SopParser.Parse(Some.Layout(Some.Table([.. TwoRowHeader,
            "1.\tMemerintahkan\t[]\t\t\tDisposisi\t15\tLembar\t"]))).Document;
        Assert.Equal(["Camat", "Sekretaris", "Staf"], sop.Actors);
        var step = Assert.Single(sop.Steps);
        Assert.Equal(1, step.No);
        Assert.Equal("Memerintahkan", step.Activity);
        Assert.Equal(["Camat"], step.Actors);
        Assert.Equal("Disposisi", step.Requirements);
        Assert.Equal(new Duration("15", 15, DurationUnit.Minute), step.Duration);
        Assert.Equal("Lembar", step.Output);
    }

    [Fact]
    public void Single_row_header_puts_actors_between_activity_and_mutu_baku()
    {
        var sop = SopParser.Parse(Some.Layout(Some.Table(
            "No\tAktivitas\tKasubbag\tSekcam\tKelengkapan\tWaktu\tOutput\tKeterangan",
            "1.\tMenyusun\t\t\tDokumen\t2 hari\tDraf\t"))).Document;
        Assert.Equal(["Kasubbag", "Sekcam"], sop.Actors);
        Assert.Empty(sop.Steps[0].Actors);
        Assert.Null(sop.Steps[0].Shape);
        Assert.Equal(DurationUnit.Day, sop.Steps[0].Duration.Unit);
    }

    [Fact]
    public void Arrows_are_shapes_only_where_the_table_has_no_boxes()
    {
        var arrowsOnly = SopParser.Parse(Some.Layout(Some.Table([.. TwoRowHeader,
            "1.\tA\t→ Mulai\t→\t\tx\t5\ty\t",
            "2.\tB\t\t↓\t\tx\t5\ty\tYa: 3, Tidak: 1",
            "3.\tC\t\t\tSelesai\tx\t5\ty\t"]))).Document;
        Assert.Equal(["Camat", "Sekretaris"], arrowsOnly.Steps[0].Actors);
        Assert.Equal(StepShape.Terminator, arrowsOnly.Steps[0].Shape);
        Assert.Equal(StepShape.Decision, arrowsOnly.Steps[1].Shape);
        Assert.Equal(StepShape.Terminator, arrowsOnly.Steps[2].Shape);

        var withBoxes = SopParser.Parse(Some.Layout(Some.Table([.. TwoRowHeader,
            "1.\tA\tMulai\t\t\tx\t5\ty\t",
            "2.\tB\t☐\t→\t↓\tx\t5\ty\t"]))).Document;
        Assert.Equal(["Camat"], withBoxes.Steps[1].Actors);
        Assert.Equal(StepShape.Process, withBoxes.Steps[1].Shape);
    }

    [Fact]
    public void Unknown_boxes_take_their_symbol_from_position_and_branches()
    {
        var sop = SopParser.Parse(Some.Layout(Some.Table([.. TwoRowHeader,
            "1\tA\t[]\t\t\tx\t5\ty\t",
            "2\tB\t\t[]\t\tx\t5\ty\tYa: ke 3; Tidak: ke 1",
            "3\tC\t\t[]\t[]\tx\t5\ty\t",
            "4\tD\t[]\t\t\tx\t5\ty\t"]))).Document;
        Assert.Equal([StepShape.Terminator, StepShape.Decision, StepShape.Process, StepShape.Terminator], sop.Steps.Select(s => s.Shape));
        Assert.Equal(["Sekretaris", "Staf"], sop.Steps[2].Actors);
    }

    [Fact]
    public void Structural_marks_from_a_reader_count_and_connectors_do_not()
    {
        var header = Some.Table(TwoRowHeader);
        var cells = header.Cells.ToList();
        cells.Add(new Cell(2, 0, "1"));
        cells.Add(new Cell(2, 1, "Memeriksa"));
        cells.Add(new Cell(2, 2, [], [new Mark(MarkKind.Arrow)]));
        cells.Add(new Cell(2, 3, [], [new Mark(MarkKind.Decision, "Ya")]));
        cells.Add(new Cell(2, 4, [], [new Mark(MarkKind.OffPage, "A")]));
        var sop = SopParser.Parse(Some.Layout(new TableBlock(cells))).Document;
        Assert.Equal(["Sekretaris"], sop.Steps[0].Actors);
        Assert.Equal(StepShape.Decision, sop.Steps[0].Shape);
    }

    [Fact]
    public void A_row_with_a_drawn_symbol_of_its_own_is_a_step_even_when_its_number_was_not_read()
    {
        var cells = Some.Table(TwoRowHeader).Cells.ToList();
        void Row(int r, string no, string activity, int actor, MarkKind? mark)
        {
            cells.Add(new Cell(r, 0, no));
            cells.Add(new Cell(r, 1, activity));
            cells.Add(new Cell(r, 2 + actor, [], mark is { } kind ? [new Mark(kind, null, new Box(10, 10, 40, 20))] : []));
        }
        Row(2, "", "Pengaduan dapat disampaikan", 0, MarkKind.Terminator); // the first number lost
        Row(3, "2", "Mengajukan pengaduan", 1, MarkKind.Process);
        Row(4, "", "lewat Subag Umpeg", 1, null); // a continued row: no symbol of its own
        Row(5, "", "Penetapan sanksi", 2, MarkKind.Terminator); // the last number lost

        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [new TableBlock(cells)])], ExtractionMethod.Ocr, 1)).Document;

        Assert.Equal(["Pengaduan dapat disampaikan", "Mengajukan pengaduan lewat Subag Umpeg", "Penetapan sanksi"], sop.Steps.Select(s => s.Activity));
        Assert.Equal([1, 2, 3], sop.Steps.Select(s => s.No ?? 0));
        Assert.Equal(["Staf"], sop.Steps[2].Actors);
    }

    [Fact]
    public void A_table_continued_on_the_next_page_continues_the_steps()
    {
        var page1 = Some.Table([.. TwoRowHeader, "1\tAwal\t[]\t\t\tx\t5\ty\t", "2\tMenyusun laporan\t\t[]\t\tx\t5\ty\t"]);
        var page2 = Some.Table([.. TwoRowHeader, "\tdan menyerahkan\t\t\t\t\t\t\t", "3\tAkhir\t[]\t\t\tx\t5\ty\t"]);
        var sop = SopParser.Parse(new LayoutDocument(
            [new LayoutPage(1, [page1 with { Page = 1 }]), new LayoutPage(2, [page2 with { Page = 2 }])], ExtractionMethod.PdfText, 2)).Document;
        Assert.Equal([1, 2, 3], sop.Steps.Select(s => s.No ?? 0));
        Assert.Equal("Menyusun laporan dan menyerahkan", sop.Steps[1].Activity);
    }

    [Fact]
    public void Label_lines_and_linearised_sections_are_read_from_text()
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("KECAMATAN DEPOK", "PEMERINTAH KABUPATEN SLEMAN"),
            Some.Text("Nomor : SOP/Kec.Dep/095/2017"),
            Some.Text("Tgl Pembuatan : 14 Desember 2017"),
            Some.Text("Tgl Revisi :"),
            Some.Text("Disahkan Oleh"),
            Some.Text("Camat Depok"),
            Some.Text("Abdul Pakaya, ST., MT", "Penata Tk. I", "NIP. 19701019 199910 1 001"),
            Some.Text("Nama SOP : Penyusunan Laporan"),
            Some.Text("Dasar Hukum :"),
            Some.Text("Kualifikasi Pelaksana :"),
            Some.Text("PP No. 17 Tahun 2018 tentang Kecamatan;"),
            Some.Text("Memahami sasaran", "Mampu mengoperasikan komputer"),
            Some.Text("SOP PENYUSUNAN LAPORAN"),
            Some.Table("No.\tKegiatan\tCamat\tKelengkapan\tWaktu (menit)\tOutput\tKeterangan", "1.\tMenyusun\t\tData\t15\tDraf\t"),
            Some.Text("Depok, 14 Desember 2017", "Camat Depok", "Abdul Pakaya, ST., MT", "Penata Tk. I", "NIP.19701019 199910 1 001"))).Document;
        Assert.Equal("Penyusunan Laporan", sop.Title);
        Assert.Equal("SOP/Kec.Dep/095/2017", sop.Number);
        Assert.Equal("KECAMATAN DEPOK", sop.Agency.Unit);
        Assert.Equal("2017-12-14", sop.Dates.Created.Value);
        Assert.Null(sop.Dates.Revised.Raw);
        Assert.Equal(new Approval("Camat Depok", "Abdul Pakaya, ST., MT", "Penata Tk. I", "197010191999101001"), sop.Approval);
        Assert.Equal("Kecamatan", Assert.Single(sop.LegalBasis).Subject);
        Assert.Equal(["Memahami sasaran", "Mampu mengoperasikan komputer"], sop.Qualifications);
        Assert.Equal(new Signature("Depok", new SopDate("14 Desember 2017", "2017-12-14")), sop.Signature);
    }

    [Fact]
    public void Without_a_title_label_the_caption_above_the_table_is_the_title()
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("DINAS TENAGA KERJA", "PENGELOLAAN PENGADUAN MASYARAKAT"),
            Some.Table("No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan", "1\tMenerima\t[]\tSurat\t5\tx\t"))).Document;
        Assert.Equal("PENGELOLAAN PENGADUAN MASYARAKAT", sop.Title);
        Assert.Equal("DINAS TENAGA KERJA", sop.Agency.Unit);
    }

    [Fact]
    public void Raw_ocr_text_without_a_table_still_yields_the_steps()
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("Nama SOP : Mekanisme Pengumpulan Data"),
            Some.Text("Pelaksana Mutu Baku", "No. KEGIATAN Kasubag Staf Kelengkapan Waktu Output"),
            Some.Text("1 |Memerintahkan staf l I Lembar 15", "menyiapkan format", "2 |Menyusun data Y Form 60"))).Document;
        Assert.Equal("Mekanisme Pengumpulan Data", sop.Title);
        Assert.Equal([1, 2], sop.Steps.Select(s => s.No ?? 0));
        Assert.StartsWith("Memerintahkan staf", sop.Steps[0].Activity, StringComparison.Ordinal);
        Assert.Contains("menyiapkan format", sop.Steps[0].Activity, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_points_at_the_lines_values_came_from()
    {
        var line = new TextLine("Nomor SOP : 800/1/2020", [new Word("800/1/2020", new Box(10, 20, 50, 8), 0.4)], 1);
        var parsed = SopParser.Parse(Some.Layout(new TextBlock([line])));
        Assert.Equal("800/1/2020", parsed.Document.Number);
        var evidence = Assert.Single(parsed.Evidence["number"]);
        Assert.Equal(line.Box, evidence.Box);
        Assert.Equal(0.4, evidence.MinConfidence);
    }

    [Theory]
    [InlineData(ExtractionMethod.Ocr, new[] { 9, 10, 11 })]
    [InlineData(ExtractionMethod.Markdown, new[] { 9, 10, 1 })]
    public void Ocr_step_numbers_that_lost_a_digit_are_repaired_only_for_ocr(ExtractionMethod method, int[] expected)
    {
        var table = Some.Table([.. TwoRowHeader, "9\tA\t[]\t\t\tx\t5\ty\t", "10\tB\t[]\t\t\tx\t5\ty\t", "1\tC\t[]\t\t\tx\t5\ty\t"]);
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [table])], method, 1)).Document;
        Assert.Equal(expected, sop.Steps.Select(s => s.No ?? 0));
    }

    [Fact]
    public void A_row_whose_number_ocr_read_as_punctuation_is_a_step_of_its_own()
    {
        var table = Some.Table([.. TwoRowHeader, "6\tA\t[]\t\t\tx\t5\ty\t", ".\tB\t\t[]\t\tx\t10\ty\t", "8\tC\t[]\t\t\tx\t5\ty\t"]);
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [table])], ExtractionMethod.Ocr, 1)).Document;
        Assert.Equal([6, 7, 8], sop.Steps.Select(s => s.No ?? 0));
        Assert.Equal("B", sop.Steps[1].Activity);
        Assert.Equal(["Sekretaris"], sop.Steps[1].Actors);
    }

    [Fact]
    public void A_row_with_junk_in_its_number_cell_and_no_symbol_still_continues_the_step_above()
    {
        var table = Some.Table([.. TwoRowHeader, "6\tMenyusun laporan\t[]\t\t\tx\t5\ty\t", "'\tdan menyerahkan\t\t\t\t\t\t\t"]);
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [table])], ExtractionMethod.Ocr, 1)).Document;
        Assert.Equal("Menyusun laporan dan menyerahkan", Assert.Single(sop.Steps).Activity);
    }

    [Theory]
    [InlineData("N")] // OCR kept one letter of "No"
    [InlineData("")] // or nothing
    public void The_column_numbering_the_rows_is_the_number_column_whatever_its_header_says(string header)
    {
        var table = Some.Table(
            $"{header}\tKegiatan\tPelaksana\t\tMutu Baku\t\t",
            "\t\tKasubag\tSekretaris\tKelengkapan\tWaktu\tOutput",
            "\tMenugaskan\t[]\t\tAgenda\t15 menit\tDisposisi",
            "2\tMenyusun konsep\t\t[]\tBahan\t1 hari\tKonsep",
            "\tyang diminta\t\t\t\t\t",
            "3\tMemeriksa\t[]\t\tKonsep\t1 jam\tKonsep");

        var sop = SopParser.Parse(Some.Layout(table)).Document;

        Assert.Equal(["Menugaskan", "Menyusun konsep yang diminta", "Memeriksa"], sop.Steps.Select(s => s.Activity));
        Assert.Equal([null, 2, 3], sop.Steps.Select(s => s.No));
    }

    [Fact]
    public void A_real_skip_in_ocr_numbers_is_kept()
    {
        var table = Some.Table([.. TwoRowHeader, "2\tA\t[]\t\t\tx\t5\ty\t", "4\tB\t[]\t\t\tx\t5\ty\t", "5\tC\t[]\t\t\tx\t5\ty\t"]);
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [table])], ExtractionMethod.Ocr, 1)).Document;
        Assert.Equal([2, 4, 5], sop.Steps.Select(s => s.No ?? 0));
    }

    [Fact]
    public void The_closing_block_wins_where_ocr_read_it_with_more_confidence()
    {
        static TextLine Ocr(string text, double confidence) =>
            new(text, text.Split(' ').Select(w => new Word(w, new Box(0, 0, 10, 10), confidence)).ToList(), 1);
        var header = new TableBlock([
            new Cell(0, 0, [Ocr("Disahkan Oleh", 0.9)], []),
            new Cell(0, 1, [Ocr("CAMAT X", 0.9), Ocr("UJANG: RNIAWAN, M.AP", 0.5), Ocr("NIP 19691119 199910 1 015", 0.95)], []),
        ]);
        var procedure = Some.Table([.. TwoRowHeader, "1\tA\t[]\t\t\tx\t5\ty\t"]);
        var closing = new TextBlock([Ocr("Kalianda, 8 Juni 2023", 0.95), Ocr("CAMAT X", 0.95), Ocr("UJANG KURNIAWAN, M.AP", 0.92), Ocr("NIP 19691119 199910 1 015", 0.95)]);
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [header, procedure, closing])], ExtractionMethod.Ocr, 1)).Document;
        Assert.Equal("UJANG KURNIAWAN, M.AP", sop.Approval.Name);
        Assert.Equal("CAMAT X", sop.Approval.Title);
    }

    [Fact]
    public void A_sections_row_broken_over_a_page_keeps_its_items()
    {
        var labels = Some.Table("Keterkaitan\tPeralatan/Perlengkapan") with { Page = 1 };
        var items = Some.Table("1. SOP Surat Masuk\t1. Komputer") with { Page = 2 };
        var sop = SopParser.Parse(new LayoutDocument([new LayoutPage(1, [labels]), new LayoutPage(2, [items])], ExtractionMethod.PdfText, 2)).Document;
        Assert.Equal(["SOP Surat Masuk"], sop.RelatedSops);
        Assert.Equal(["Komputer"], sop.Equipment);
    }
}
