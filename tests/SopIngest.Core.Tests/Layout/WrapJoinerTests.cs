using SopIngest.Core.Layout;

namespace SopIngest.Core.Tests.Layout;

public sealed class WrapJoinerTests
{
    private static readonly WrapTolerances Options = new();
    private static readonly Box Cell = new(0, 0, 106, 100);

    /// <summary>Lines of one cell, 6 pt high, 8 pt apart; every word 30 pt wide.</summary>
    private static List<TextLine> Lines(params string[] texts) =>
        texts.Select((t, i) => TextLine.FromWords(
            t.Split(' ').Select((w, j) => Word(w, 3 + j * 32, 3 + i * 8, 30, 6)).ToList(), 1)).ToList();

    [Theory]
    // three 30 pt words fill the 100 pt line: a fourth would not have fitted
    [InlineData(new[] { "Data yang tidak", "dokumen" }, new[] { "Data yang tidak dokumen" })]
    [InlineData(new[] { "PEMERINTAH KABUPATEN KAPUAS", "HULU" }, new[] { "PEMERINTAH KABUPATEN KAPUAS HULU" })]
    // room for another word: the line ended at a break
    [InlineData(new[] { "KAPUAS HULU", "BADAN" }, new[] { "KAPUAS HULU", "BADAN" })]
    [InlineData(new[] { "dr. Fransiskus Putra", "ST., MT" }, new[] { "dr. Fransiskus Putra ST., MT" })]
    [InlineData(new[] { "Tanggal Pengesahan Dokumen", "Efektif" }, new[] { "Tanggal Pengesahan Dokumen Efektif" })]
    // full, but the next line starts a list item
    [InlineData(new[] { "- Memiliki kemampuan pengolahan", "- Memahami" }, new[] { "- Memiliki kemampuan pengolahan", "- Memahami" })]
    [InlineData(new[] { "1. Peraturan Daerah", "2. Peraturan" }, new[] { "1. Peraturan Daerah", "2. Peraturan" })]
    [InlineData(new[] { "a. Peraturan Daerah", "b. Peraturan" }, new[] { "a. Peraturan Daerah", "b. Peraturan" })]
    [InlineData(new[] { "Peraturan Daerah Kota", "(2) Peraturan" }, new[] { "Peraturan Daerah Kota", "(2) Peraturan" })]
    // numbers that lost their full stop, going on from the first line's
    [InlineData(new[] { "1 Peraturan Daerah", "2 Peraturan" }, new[] { "1 Peraturan Daerah", "2 Peraturan" })]
    // or from a numbered line's ("4." then "5" without its full stop)
    [InlineData(new[] { "4. Tali dan Kapak", "5 Tangga" }, new[] { "4. Tali dan Kapak", "5 Tangga" })]
    // a number read with a comma for its full stop starts an item
    [InlineData(new[] { "1. Peraturan Daerah", "2, Peraturan" }, new[] { "1. Peraturan Daerah", "2, Peraturan" })]
    // a lone mark before a capital: a bullet OCR misread
    [InlineData(new[] { "Memiliki kemampuan menyusun", ": Memahami" }, new[] { "Memiliki kemampuan menyusun", ": Memahami" })]
    [InlineData(new[] { "Memiliki kemampuan menyusun", "- dan" }, new[] { "Memiliki kemampuan menyusun", "- dan" })]
    // a bare number that does not go on counting is wrapped text ("Nomor" / "11 Tahun")
    [InlineData(new[] { "Peraturan Bupati Nomor", "11 Tahun" }, new[] { "Peraturan Bupati Nomor 11 Tahun" })]
    [InlineData(new[] { "1 Peraturan Bupati", "11 Tahun" }, new[] { "1 Peraturan Bupati 11 Tahun" })]
    // a compound broken at its hyphen is one word again
    [InlineData(new[] { "Memahami peraturan perundang-", "undangan terkait" }, new[] { "Memahami peraturan perundang-undangan terkait" })]
    public void Join_joins_only_lines_the_renderer_wrapped(string[] texts, string[] expected)
    {
        Assert.Equal(expected, WrapJoiner.Join(Lines(texts), Cell, 3, Options).Select(l => l.Text));
    }

    [Fact]
    public void Centred_text_is_measured_against_the_table_padding_not_its_own_margin()
    {
        // "SEMARANG" centred in a wide cell: "KELURAHAN" would have fitted after it, so the line ended at a break.
        var lines = new List<TextLine>
        {
            TextLine.FromWords([Word("SEMARANG", 40, 3, 30, 6)], 1),
            TextLine.FromWords([Word("KELURAHAN", 38, 11, 34, 6)], 1),
        };

        Assert.Equal(2, WrapJoiner.Join(lines, Cell, 3, Options).Count);
    }

    [Fact]
    public void A_blank_gap_is_a_paragraph_break()
    {
        var lines = Lines("Data yang tidak", "dokumen");
        lines[1] = TextLine.FromWords([Word("dokumen", 3, 30, 30, 6)], 1);

        Assert.Equal(2, WrapJoiner.Join(lines, Cell, 3, Options).Count);
    }

    [Fact]
    public void Table_padding_is_the_smallest_gap_from_a_cell_side_to_its_lines()
    {
        var cells = new List<(Box, IReadOnlyList<TextLine>)>
        {
            (new Box(0, 0, 100, 20), [TextLine.FromWords([Word("Data", 7, 3, 30, 6)], 1)]),
            (new Box(100, 0, 100, 20), [TextLine.FromWords([Word("SEMARANG", 135, 3, 30, 6)], 1)]),
            (new Box(200, 0, 100, 20), []),
        };

        Assert.Equal(7, WrapJoiner.TablePadding(cells));
        Assert.Equal(0, WrapJoiner.TablePadding([]));
    }

    private static Word Word(string text, double x, double y, double width, double height) => new(text, new Box(x, y, width, height));
}
