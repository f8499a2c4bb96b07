using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class ListItemsTests
{
    [Fact]
    public void Marked_items_absorb_their_wrapped_lines()
    {
        var items = ListItems.Split(["1. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang", "Manajemen PNS", "2. Perpres No. 8 Tahun 2006 tentang Pelaporan"], FieldLabel.LegalBasis);
        Assert.Equal(["Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS", "Perpres No. 8 Tahun 2006 tentang Pelaporan"], items);
    }

    [Fact]
    public void Unmarked_lines_are_one_item_each() =>
        Assert.Equal(["Map dan Ordner", "Ruang Rapat", "Komputer/Laptop"],
            ListItems.Split(["Map dan Ordner", "Ruang Rapat", "Komputer/Laptop"], FieldLabel.Equipment));

    [Fact]
    public void Item_numbers_that_lost_their_full_stop_still_number_the_items() =>
        Assert.Equal(["SOP Penanganan Pengaduan Masyarakat", "SOP Pemeliharaan Barang Inventaris"],
            ListItems.Split(["1 SOP Penanganan Pengaduan Masyarakat", "2 SOP Pemeliharaan Barang Inventaris"], FieldLabel.RelatedSops));

    [Theory]
    [InlineData("1 unit Komputer", "2 unit Printer")] // quantities: a small word follows
    [InlineData("2 Komputer", "3 Printer")] // not counting from 1
    [InlineData("Printer", "1 Komputer")] // the first line not numbered
    [InlineData("1 Komputer", "Printer")] // one number only
    public void Leading_numbers_that_are_not_a_numbering_stay(string first, string second) =>
        Assert.Equal([first, second], ListItems.Split([first, second], FieldLabel.Equipment));

    [Fact]
    public void Lines_between_numbers_that_lost_their_full_stop_continue_the_item_above() =>
        Assert.Equal(["Perda Nomor 2 Tahun 2016 tentang Penyelenggaraan Kearsipan", "Perbup Nomor 22 Tahun 2023 tentang Tata Naskah"],
            ListItems.Split(["1 Perda Nomor 2 Tahun 2016 tentang", "Penyelenggaraan Kearsipan", "2 Perbup Nomor 22 Tahun 2023 tentang Tata Naskah"], FieldLabel.LegalBasis)
                .Select(i => i.TrimEnd(';')).ToList());

    [Fact]
    public void A_number_whose_full_stop_was_read_as_a_comma_still_starts_an_item() =>
        Assert.Equal(["UU No. 30 Tahun 2014 tentang Administrasi Pemerintahan", "Permendagri No. 52 Tahun 2011 tentang Standar Operasional Prosedur"],
            ListItems.Split(["1. UU No. 30 Tahun 2014 tentang Administrasi Pemerintahan", "2, Permendagri No. 52 Tahun 2011 tentang Standar", "Operasional Prosedur"], FieldLabel.LegalBasis));

    [Fact]
    public void A_number_and_comma_before_a_small_word_is_text() =>
        Assert.Equal(["Ruang 1, 2 dan 3"], ListItems.Split(["Ruang 1, 2 dan 3"], FieldLabel.Equipment));

    [Fact]
    public void Inline_numbering_is_split() =>
        Assert.Equal(["Buku Agenda", "Stempel/Cap Dinas", "Alat Tulis Kantor (ATK)", "Lemari Arsip"],
            ListItems.Split(["1. Buku Agenda 2. Stempel/Cap Dinas 3. Alat Tulis Kantor (ATK) 4. Lemari Arsip"], FieldLabel.Equipment));

    [Fact]
    public void Run_together_regulations_are_split_at_each_citation() =>
        Assert.Equal(
            ["Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah;", "Perpres Nomor 95 Tahun 2018 tentang SPBE;", "Permendagri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas"],
            ListItems.Split(["Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah; Perpres Nomor 95 Tahun 2018 tentang SPBE; Permendagri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas"], FieldLabel.LegalBasis));

    [Fact]
    public void A_regulation_cited_inside_a_subject_is_not_a_new_item() =>
        Assert.Equal(["PP No. 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;"],
            ListItems.Split(["PP No. 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;"], FieldLabel.LegalBasis));

    [Fact]
    public void Run_together_sops_are_split_before_each_sop() =>
        Assert.Equal(["SOP Pengelolaan Pengaduan Melalui SP4N-LAPOR!", "SOP Penanganan Pengaduan Masyarakat"],
            ListItems.Split(["SOP Pengelolaan Pengaduan Melalui SP4N-LAPOR! SOP Penanganan Pengaduan Masyarakat"], FieldLabel.RelatedSops));

    [Fact]
    public void Run_together_sentences_are_split_at_a_new_capitalised_verb() =>
        Assert.Equal(["Memahami peraturan perundang-undangan yang terkait", "Memahami tata naskah dinas", "Memiliki pengetahuan tentang kearsipan", "Teliti, cermat dan bertanggung jawab"],
            ListItems.Split(["Memahami peraturan perundang-undangan yang terkait Memahami tata naskah dinas Memiliki pengetahuan tentang kearsipan Teliti, cermat dan bertanggung jawab"], FieldLabel.Qualifications));

    [Fact]
    public void A_sentence_ending_in_a_proper_noun_stays_whole() =>
        Assert.Equal(["SOP tidak dilaksanakan, maka akan mempengaruhi kinerja kecamatan terhadap Camat"],
            ListItems.Split(["SOP tidak dilaksanakan, maka akan mempengaruhi kinerja kecamatan terhadap Camat"], FieldLabel.Warnings));

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    public void A_dash_means_an_empty_section(string line) => Assert.Empty(ListItems.Split([line], FieldLabel.Records));

    /// <summary>Lines as a reader that places words gives them (boxes on every word).</summary>
    private static List<TextLine> LaidOut(params string[] lines) =>
        lines.Select((l, i) => TextLine.FromWords(l.Split(' ').Select((w, k) => new Word(w, new Box(10 + k * 40, 10 + i * 12, 38, 10))).ToList(), 1)).ToList();

    [Theory]
    [InlineData("Jika SOP tersebut tidak dilaksanakan, maka pelaksanaan pendataan Survei tidak berjalan dengan baik")]
    [InlineData("Pencatatan Barang Persediaan pada Kartu Kendali Barang Persediaan dan Aplikasi SAKTI Modul Persediaan")]
    [InlineData("Komputer dan Jaringan Internet, Printer dan Scanner, ATK")]
    public void A_laid_out_line_is_one_item_whatever_its_capitals(string line) =>
        Assert.Equal([line], ListItems.Split(LaidOut(line), FieldLabel.Warnings));

    [Fact]
    public void An_exported_line_is_still_split_at_a_new_capitalised_verb() =>
        Assert.Equal(["Memahami tata naskah dinas yang berlaku", "Memiliki pengetahuan tentang kearsipan"],
            ListItems.Split([new TextLine("Memahami tata naskah dinas yang berlaku Memiliki pengetahuan tentang kearsipan")], FieldLabel.Qualifications));

    [Theory]
    [InlineData(new[] { "1. Bel/Alarm", "2. Telpon darurat", "3 Tangga darurat", "4. Tabung gas oksigen" }, new[] { "Bel/Alarm", "Telpon darurat", "Tangga darurat", "Tabung gas oksigen" })]
    [InlineData(new[] { "1 Komputer/Laptop", "2. Printer", "3. Alat Tulis Kantor (ATK)" }, new[] { "Komputer/Laptop", "Printer", "Alat Tulis Kantor (ATK)" })]
    [InlineData(new[] { "4. Jaringan Internet", "5 Aplikasi Perkantoran", "5 Aplikasi Fasih" }, new[] { "Jaringan Internet", "Aplikasi Perkantoran", "Aplikasi Fasih" })] // the next number misread as the last
    [InlineData(new[] { "1. Undang-Undang Nomor 14 Tahun 2008 tentang", "Keterbukaan Informasi Publik", "2 Undang-Undang Nomor 25 Tahun 2009" }, new[] { "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik", "Undang-Undang Nomor 25 Tahun 2009" })]
    [InlineData(new[] { "1. Peraturan Bupati Nomor 2 Tahun 2016 tentang", "3 Tahun Anggaran" }, new[] { "Peraturan Bupati Nomor 2 Tahun 2016 tentang 3 Tahun Anggaran" })] // 3 does not follow 1
    public void A_number_that_lost_its_full_stop_starts_an_item_where_it_goes_on_counting(string[] lines, string[] expected) =>
        Assert.Equal(expected, ListItems.Split(LaidOut(lines), FieldLabel.Equipment));

    [Fact]
    public void A_list_of_one_numbered_item_loses_its_number() =>
        Assert.Equal(["SOP Pengawasan Pihak Yang Mendapat Ijin/Perjanjian Kerja."],
            ListItems.Split(LaidOut("1 SOP Pengawasan Pihak Yang Mendapat Ijin/Perjanjian Kerja."), FieldLabel.RelatedSops));

    [Fact]
    public void A_list_in_two_columns_read_across_is_put_back_in_order() =>
        Assert.Equal(["Komputer/Laptop", "ATK", "Jaringan Internet", "Printer dan scanner", "Media Massa", "Media Sosial"],
            ListItems.Split(LaidOut("1. Komputer/Laptop 4. Printer dan scanner", "2. ATK 5. Media Massa", "3. Jaringan Internet 6. Media Sosial"), FieldLabel.Equipment));

    [Fact]
    public void Regulations_run_together_inside_one_numbered_item_are_two() =>
        Assert.Equal(["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik", "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan"],
            ListItems.Split(LaidOut("1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan"), FieldLabel.LegalBasis));

    [Fact]
    public void A_regulation_run_on_after_its_number_lost_its_full_stop_is_an_item_of_its_own() =>
        Assert.Equal(["UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik,", "PERKI Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik"],
            ListItems.Split(LaidOut("1. UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, 2 PERKI Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik"), FieldLabel.LegalBasis));

    [Fact]
    public void A_regulation_cut_after_nomor_is_joined_to_its_number_and_year() =>
        Assert.Equal(["Peraturan Menteri PANRB Nomor 14 Tahun 2019 tentang Pembinaan Pegawai"],
            ListItems.Split(LaidOut("Peraturan Menteri PANRB Nomor", "6. 14 Tahun 2019 tentang Pembinaan Pegawai"), FieldLabel.LegalBasis));
}
