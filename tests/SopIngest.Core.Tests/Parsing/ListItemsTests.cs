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
}
