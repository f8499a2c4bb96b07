using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class FrontMatterTests
{
    /// <summary>A line of words 40 pt wide laid out at (x, y), each word 10 pt high, read with <paramref name="confidence"/>.</summary>
    private static TextLine Line(string text, double x, double y, double? confidence = null) =>
        TextLine.FromWords(text.Split(' ').Select((w, i) => new Word(w, new Box(x + i * 42, y, 40, 10), confidence)).ToList(), 1);

    private static Cell At(int row, int column, params TextLine[] lines) => new(row, column, lines, []);

    private static SopDocument Parse(ExtractionMethod method, params Block[] blocks) =>
        SopParser.Parse(new LayoutDocument([new LayoutPage(1, blocks)], method, 1)).Document;

    [Fact]
    public void Labels_stacked_in_one_cell_with_their_values_after_colons_are_one_field_each()
    {
        var sop = SopParser.Parse(Some.Layout(new TableBlock([
            new Cell(0, 0, "BADAN PUSAT STATISTIK"),
            new Cell(0, 1, [new("Nomor SOP : SOP-252/17000/2025"), new("Tanggal Pembuatan : 2 Januari 2024"),
                new("Tanggal Revisi : 2 Januari 2025"), new("Tanggal Efektif : 10 Januari 2025"),
                new("Disahkan oleh : Kepala Badan Pusat Statistik Provinsi Bengkulu"), new("Win Rizal")], []),
            new Cell(1, 1, "Nama SOP : Persiapan Pengadaan Barang"),
        ]))).Document;
        Assert.Equal("SOP-252/17000/2025", sop.Number);
        Assert.Equal("2024-01-02", sop.Dates.Created.Value);
        Assert.Equal("2025-01-02", sop.Dates.Revised.Value);
        Assert.Equal("2025-01-10", sop.Dates.Effective.Value);
        Assert.Equal("Win Rizal", sop.Approval.Name);
        Assert.Equal("Persiapan Pengadaan Barang", sop.Title);
    }

    [Fact]
    public void Labels_stacked_in_one_cell_take_the_value_lines_at_their_own_height()
    {
        var sop = Parse(ExtractionMethod.PdfText, new TableBlock([
            At(0, 0, Line("Nomor SOP", 100, 10), Line("Tanggal Pembuatan", 100, 30), Line("Tanggal Revisi", 100, 50)),
            At(0, 1, Line("44 /SOP/ 2024", 300, 10), Line("2 Januari 2024", 300, 30)),
            At(1, 0, Line("Tanggal Efektif", 100, 70)),
            At(1, 1, Line("8 Januari 2024", 300, 70)),
        ]));
        Assert.Equal("44 /SOP/ 2024", sop.Number);
        Assert.Equal("2024-01-02", sop.Dates.Created.Value);
        Assert.Null(sop.Dates.Revised.Raw);
        Assert.Equal("2024-01-08", sop.Dates.Effective.Value);
    }

    [Fact]
    public void Stacked_labels_without_boxes_pair_with_as_many_value_lines_in_order()
    {
        var sop = SopParser.Parse(Some.Layout(new TableBlock([
            new Cell(0, 0, [new("Nomor SOP"), new("Tanggal Pembuatan")], []),
            new Cell(0, 1, [new("800/12/2020"), new("3 Maret 2020")], []),
        ]))).Document;
        Assert.Equal("800/12/2020", sop.Number);
        Assert.Equal("2020-03-03", sop.Dates.Created.Value);
    }

    [Theory]
    [InlineData("Nomor SOP : 470/12/2024 Tanggal Pembuatan : 2 Januari 2024", "470/12/2024", "2024-01-02")]
    [InlineData("Nomor SOP : 470/12/2024", "470/12/2024", null)]
    public void A_label_line_running_on_into_the_next_label_stops_there(string line, string number, string? created)
    {
        var sop = SopParser.Parse(Some.Layout(Some.Text(line))).Document;
        Assert.Equal(number, sop.Number);
        Assert.Equal(created, sop.Dates.Created.Value);
    }

    [Fact]
    public void A_section_item_citing_a_number_is_not_cut_at_it()
    {
        var sop = SopParser.Parse(Some.Layout(Some.Text("Dasar Hukum :"),
            Some.Text("1. Permenpan RB Nomor: 62 Tahun 2018 tentang Pedoman Pengaduan"))).Document;
        Assert.Equal("Permenpan RB Nomor: 62 Tahun 2018 tentang Pedoman Pengaduan", Assert.Single(sop.LegalBasis).Text);
    }

    [Theory]
    [InlineData("Standar Operasional Prosedur Survei Perilaku Anti Korupsi (SPAK)", "Survei Perilaku Anti Korupsi (SPAK)")]
    [InlineData("STANDAR OPERASIONAL PROSEDUR PERSIAPAN SWAKELOLA TIPE III", "PERSIAPAN SWAKELOLA TIPE III")]
    [InlineData("Standar Operasional Prosedur (SOP) Upload Publikasi", "Upload Publikasi")]
    [InlineData("SOP Diseminasi Indeks Demokrasi Indonesia (IDI)", "SOP Diseminasi Indeks Demokrasi Indonesia (IDI)")] // as printed
    [InlineData("Standar Operasional Prosedur", "Standar Operasional Prosedur")] // nothing else to call it
    public void The_title_is_the_name_without_the_document_kind_printed_before_it(string value, string title) =>
        Assert.Equal(title, SopParser.Parse(Some.Layout(Some.Table("Nama SOP\t" + value))).Document.Title);

    [Theory]
    [InlineData("* Pindai kode QR di samping untuk menampilkan file asli")]
    [InlineData("Dipindai dengan CamScanner")]
    [InlineData("bts, Pindai kode @R di samping untuk menampilkan file asli")] // as OCR reads it
    [InlineData("* Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik")]
    public void A_footer_printed_on_every_page_is_never_the_title(string footer)
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("DINAS TENAGA KERJA", "PENGELOLAAN PENGADUAN MASYARAKAT", footer),
            Some.Table("No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan", "1\tMenerima\t[]\tSurat\t5\tx\t"))).Document;
        Assert.Equal("PENGELOLAAN PENGADUAN MASYARAKAT", sop.Title);
    }

    [Fact]
    public void A_caption_gives_the_title_without_its_sop_heading()
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("DINAS KOMUNIKASI DAN INFORMATIKA", "SOP PELAYANAN PERMOHONAN INFORMASI PUBLIK"),
            Some.Table("No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan", "1\tMenerima\t[]\tSurat\t5\tx\t"))).Document;
        Assert.Equal("PELAYANAN PERMOHONAN INFORMASI PUBLIK", sop.Title);
    }

    [Theory]
    [InlineData("LO Di SKAMINE/ ANA", 0.15, null)] // handwriting read as noise
    [InlineData("69/ DISKOMINFO/ 2024", 0.35, "69/ DISKOMINFO/ 2024")] // weak, but a number: kept (and flagged low-confidence)
    [InlineData("69 DISKOMINFO", 0.9, "69 DISKOMINFO")] // read with confidence: as read
    public void An_ocr_number_that_does_not_read_as_one_is_null(string value, double confidence, string? number)
    {
        var sop = Parse(ExtractionMethod.Ocr, new TableBlock([
            At(0, 0, Line("Nomor SOP", 10, 10, 0.95)), At(0, 1, Line(value, 200, 10, confidence))]));
        Assert.Equal(number, sop.Number);
    }

    [Theory]
    [InlineData("TE TYA NN ADI IA", 0.18, null)]
    [InlineData("5 Januari 2024", 0.3, "5 Januari 2024")]
    public void An_ocr_date_that_does_not_read_as_one_is_null(string value, double confidence, string? raw)
    {
        var sop = Parse(ExtractionMethod.Ocr, new TableBlock([
            At(0, 0, Line("Tanggal Pembuatan", 10, 10, 0.95)), At(0, 1, Line(value, 200, 10, confidence))]));
        Assert.Equal(raw, sop.Dates.Created.Raw);
    }

    [Theory]
    [InlineData("Pencatatan dan Pendaftaran")] // a word misread whole
    [InlineData("PENCATATAN DAN PEDATAAN")]
    [InlineData("encatatan dan Pendataan")] // the first letter lost at the cell's edge
    public void A_misread_section_label_still_opens_its_section(string label)
    {
        var sop = SopParser.Parse(Some.Layout(Some.Table("Peringatan\t" + label, "Jika tidak dilaksanakan\tDicatat sebagai data manual dan elektronik"))).Document;
        Assert.Equal(["Dicatat sebagai data manual dan elektronik"], sop.Records);
        Assert.Equal(["Jika tidak dilaksanakan"], sop.Warnings);
    }

    [Fact]
    public void A_section_in_a_pdf_cell_keeps_sentences_whole_at_capitalised_words()
    {
        var sop = Parse(ExtractionMethod.PdfText, new TableBlock([
            At(0, 0, Line("PERINGATAN", 10, 10)),
            At(1, 0, Line("Jika SOP tersebut tidak dilaksanakan, maka pelaksanaan pendataan Survei tidak berjalan dengan baik", 10, 30)),
        ]));
        Assert.Equal(["Jika SOP tersebut tidak dilaksanakan, maka pelaksanaan pendataan Survei tidak berjalan dengan baik"], sop.Warnings);
    }

    [Fact]
    public void An_ocr_list_item_whose_number_was_lost_still_starts_an_item()
    {
        var sop = Parse(ExtractionMethod.Ocr, new TableBlock([
            At(0, 0, Line("Peringatan", 10, 10, 0.9), Line("Bila Prosedur ini ada yang terlewati", 10, 30, 0.9),
                Line(". Bila Prosedur ini tidak berjalan", 10, 50, 0.9)),
        ]));
        Assert.Equal(["Bila Prosedur ini ada yang terlewati", "Bila Prosedur ini tidak berjalan"], sop.Warnings);
    }

    [Fact]
    public void Identity_rows_drawn_in_the_procedure_tables_grid_are_still_front_matter()
    {
        var sop = SopParser.Parse(Some.Layout(Some.Table(
            "BADAN PUSAT STATISTIK\tNomor SOP : SOP-252/17000/2025\t\t\t\t",
            "\tNama SOP : Persiapan Pengadaan\t\t\t\t",
            "Dasar Hukum:\tPeralatan/Perlengkapan:\t\t\t\t",
            "1. Perpres No. 16 Tahun 2018 tentang Pengadaan\t1. Form permintaan belanja\t\t\t\t",
            "No\tKegiatan\tPPK\tKelengkapan\tWaktu\tOutput",
            "1\tMenyerahkan form\t[]\tForm\t1 hari\tForm"))).Document;
        Assert.Equal("SOP-252/17000/2025", sop.Number);
        Assert.Equal("Persiapan Pengadaan", sop.Title);
        Assert.Equal(["Form permintaan belanja"], sop.Equipment);
        Assert.Equal(["PPK"], sop.Actors);
        Assert.Equal("Menyerahkan form", Assert.Single(sop.Steps).Activity);
    }

    [Fact]
    public void A_section_label_closing_a_cell_the_grid_ran_together_opens_its_section()
    {
        var sop = SopParser.Parse(Some.Layout(new TableBlock([
            new Cell(0, 0, [new("BADAN PUSAT STATISTIK"), new("PROVINSI BENGKULU"), new("Dasar Hukum")], []),
            new Cell(1, 0, [new("1. Undang-Undang Nomor 16 Tahun 1997 tentang Statistik")], []),
        ]))).Document;
        Assert.Equal("Statistik", Assert.Single(sop.LegalBasis).Subject);
        Assert.Equal("BADAN PUSAT STATISTIK PROVINSI BENGKULU", sop.Agency.Unit);
    }

    [Fact]
    public void A_list_item_is_never_the_caption()
    {
        var sop = SopParser.Parse(Some.Layout(
            Some.Text("DINAS TENAGA KERJA", "PENGELOLAAN PENGADUAN MASYARAKAT", "6. Peraturan Badan Pusat Statistik Nomor 5 Tahun 2023 tentang Organisasi"),
            Some.Table("No\tKegiatan\tStaf\tKelengkapan\tWaktu\tOutput\tKeterangan", "1\tMenerima\t[]\tSurat\t5\tx\t"))).Document;
        Assert.Equal("PENGELOLAAN PENGADUAN MASYARAKAT", sop.Title);
    }
}
