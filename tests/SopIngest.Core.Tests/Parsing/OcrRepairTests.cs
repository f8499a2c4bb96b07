using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class OcrRepairTests
{
    private static IReadOnlyList<string> Restore(params string[] lines) =>
        OcrRepair.RestoreLostNumbers(lines.Select(l => TextLine.FromWords(l.Split(' ').Select(w => new Word(w)).ToList(), 1)).ToList())
            .Select(l => l.Text).ToList();

    [Theory]
    [InlineData(new[] { "5. Peraturan A", "$ Peraturan B", "7. Peraturan C" }, new[] { "5. Peraturan A", "6. Peraturan B", "7. Peraturan C" })]
    [InlineData(new[] { "4 Peraturan A", ". Peraturan B" }, new[] { "4 Peraturan A", "• Peraturan B" })] // "4" alone starts no numbering
    [InlineData(new[] { "1 Undang A", "2 Peraturan B", "$ Peraturan C", "4 Peraturan D" }, new[] { "1 Undang A", "2 Peraturan B", "3. Peraturan C", "4 Peraturan D" })]
    [InlineData(new[] { "6. Peraturan A", "/. Peraturan B" }, new[] { "6. Peraturan A", "7. Peraturan B" })]
    [InlineData(new[] { "Memiliki kemampuan A", ": Memahami alur B" }, new[] { "Memiliki kemampuan A", "• Memahami alur B" })]
    [InlineData(new[] { "1. Peraturan A", "2 Peraturan B", ", Keputusan C" }, new[] { "1. Peraturan A", "2 Peraturan B", "3. Keputusan C" })]
    [InlineData(new[] { "Bila Prosedur tidak", ". Bila Prosedur ada" }, new[] { "Bila Prosedur tidak", "• Bila Prosedur ada" })]
    public void A_mark_left_of_an_unread_number_becomes_the_number(string[] lines, string[] expected) =>
        Assert.Equal(expected, Restore(lines));

    [Theory]
    [InlineData(". dan seterusnya")] // no capital: not an item
    [InlineData("$ 500")]
    [InlineData("Rp. 500")]
    public void Other_lines_are_left_as_read(string line) => Assert.Equal([line], Restore(line));

    [Theory]
    [InlineData("104 I/SOP/DISKOMINFO'/SET/2023.", "104 /SOP/DISKOMINFO/SET/2023.")]
    [InlineData("44 ISOP/ DISKOMINFO.IP /2024", "44 /SOP/ DISKOMINFO.IP /2024")]
    [InlineData("(90 /SOP/ DISKOMINFO.IP /2024", "190 /SOP/ DISKOMINFO.IP /2024")]
    [InlineData("800/ 142 /33.01/2020", "800/ 142 /33.01/2020")] // nothing to mend
    [InlineData("(12) /IRBAN/2024", "(12) /IRBAN/2024")] // a bracket that closes is a bracket
    [InlineData("SOP/INSP/2024", "SOP/INSP/2024")]
    public void A_number_read_by_ocr_gets_its_slashes_back(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.Number(read));

    private static TextLine Read(string text, double confidence) =>
        TextLine.FromWords(text.Split(' ').Select(w => new Word(w, null, confidence)).ToList(), 1);

    [Fact]
    public void Weak_short_lines_a_qr_code_left_in_a_cell_are_dropped()
    {
        var lines = new[] { Read("Kepala BPS Provinsi Bengkulu", 0.95), Read("Seng MAAN", 0.3), Read("au pisal", 0.02), Read("Win Rizal", 0.9) };
        Assert.Equal(["Kepala BPS Provinsi Bengkulu", "Win Rizal"], OcrRepair.DropSpeckles(lines, ParserOptions.Default).Select(l => l.Text));
    }

    [Theory]
    [InlineData("LO Di SKAMINE/ ANA", 0.15)] // a weak value alone in its cell: still the value
    [InlineData("Seng", 0.3)]
    public void A_weak_line_alone_in_its_cell_stays(string text, double confidence) =>
        Assert.Single(OcrRepair.DropSpeckles([Read(text, confidence)], ParserOptions.Default));

    [Fact]
    public void A_long_weak_line_is_text() =>
        Assert.Equal(2, OcrRepair.DropSpeckles([Read("Bila Prosedur ini tidak berjalan maka pelayanan", 0.23), Read("Peringatan", 0.9)], ParserOptions.Default).Count);

    [Fact]
    public void A_weak_label_stays() =>
        Assert.Equal(2, OcrRepair.DropSpeckles([Read("deringatan:", 0.3), Read("Pelaksana bertanggungjawab atas pelaksanaan aktivitas", 0.9)], ParserOptions.Default).Count);

    [Theory]
    [InlineData("1. SOP-280/17000/2025", "SOP-280/17000/2025")]
    [InlineData("1 STANDAR OPERASIONAL PROSEDUR PERSIAPAN", "STANDAR OPERASIONAL PROSEDUR PERSIAPAN")]
    [InlineData("| Pengelolaan Arsip", "Pengelolaan Arsip")]
    [InlineData("1 /SOP/DISKOMINFO/2024", "1 /SOP/DISKOMINFO/2024")] // a running number 1
    [InlineData("12 Pengelolaan Arsip", "12 Pengelolaan Arsip")]
    public void A_colon_misread_before_a_value_is_dropped(string read, string expected) =>
        Assert.Equal(expected, OcrRepair.ColonMisread(read));

    /// <summary>A line of words 30 wide from (x, y), 28 high, read with confidence 0.9.</summary>
    private static TextLine At(string text, double x, double y) =>
        TextLine.FromWords(text.Split(' ').Select((w, i) => new Word(w, new Box(x + i * 32, y, 30, 28), 0.9)).ToList(), 1);

    [Fact]
    public void A_number_hanging_between_an_items_two_lines_numbers_the_line_above()
    {
        var lines = new[]
        {
            At("1. Undang-Undang Nomor 25 Tahun 2009", 98, 740),
            At("Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengaduan", 150, 782),
            At("2 —", 94, 801) with { },
            At("Pelayanan Publik", 150, 819),
            At("Perjanjian Kerja", 150, 900),
        };
        lines[2] = TextLine.FromWords([new Word("2", new Box(94, 801, 12, 22), 0.2), new Word("—", new Box(108, 801, 8, 22), 0.2)], 1);
        Assert.Equal(["1. Undang-Undang Nomor 25 Tahun 2009", "2. Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengaduan", "Pelayanan Publik", "Perjanjian Kerja"],
            OcrRepair.AttachHangingNumbers(lines).Select(l => l.Text));
    }

    [Fact]
    public void A_number_level_with_a_line_numbers_that_line()
    {
        var lines = new[] { At("1. Alat Tulis", 150, 100), TextLine.FromWords([new Word("2", new Box(94, 140, 12, 22), 0.9)], 1), At("Printer", 150, 136) };
        Assert.Equal(["1. Alat Tulis", "2. Printer"], OcrRepair.AttachHangingNumbers(lines).Select(l => l.Text));
    }

    [Fact]
    public void A_number_that_does_not_go_on_counting_is_left_alone()
    {
        var lines = new[] { TextLine.FromWords([new Word("3", new Box(20, 100, 12, 22), 0.5)], 1), At("PEMERINTAH PROVINSI KALIMANTAN BARAT", 150, 96) };
        Assert.Equal(2, OcrRepair.AttachHangingNumbers(lines).Count);
    }

    [Fact]
    public void Lines_without_boxes_are_left_alone() =>
        Assert.Equal(2, OcrRepair.AttachHangingNumbers([new TextLine("Alat Tulis"), new TextLine("2")]).Count);
}
