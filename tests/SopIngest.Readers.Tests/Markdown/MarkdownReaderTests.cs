using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Readers.Markdown;

namespace SopIngest.Readers.Tests.Markdown;

public class MarkdownReaderTests
{
    private static readonly MarkdownReader Reader = new();

    private static Task<LayoutDocument> ReadAsync(string markdown) => Some.ReadAsync(Reader, "sop.md", markdown);

    [Fact]
    public async Task Tab_separated_rows_become_one_table_between_the_text_blocks()
    {
        var layout = await ReadAsync("Judul SOP\n\nNo.\tUraian Prosedur\tPelaksana\n1.\tMenerima surat\t[]\n2.\tMemeriksa berkas\t\n\nPenutup");

        var blocks = layout.Blocks.ToList();
        Assert.Equal(3, blocks.Count);
        Assert.Equal(["Judul SOP"], Assert.IsType<TextBlock>(blocks[0]).Lines.Select(l => l.Text));
        var table = Assert.IsType<TableBlock>(blocks[1]);
        Assert.Equal(["Penutup"], Assert.IsType<TextBlock>(blocks[2]).Lines.Select(l => l.Text));
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(["No.", "Uraian Prosedur", "Pelaksana"], table.Row(0).Select(c => c.Text));
        Assert.Equal(["1.", "Menerima surat", "[]"], table.Row(1).Select(c => c.Text));
        Assert.Equal(["2.", "Memeriksa berkas", ""], table.Row(2).Select(c => c.Text));
        Assert.Empty(layout.Problems);
        Assert.Equal(ExtractionMethod.Markdown, layout.Method);
    }

    [Fact]
    public async Task Empty_tab_cells_keep_their_columns()
    {
        var table = Some.SingleTable(await ReadAsync("1.\tMenerima\t\t\t[]\t5 menit\n"));

        Assert.Equal(6, table.ColumnCount);
        Assert.Equal("[]", table.At(0, 4)!.Text);
        Assert.Empty(table.At(0, 2)!.Lines);
        Assert.Equal("5 menit", table.At(0, 5)!.Text);
    }

    [Theory]
    [InlineData("<ol style=\"list-style-type: none\"> <li>1. Formulir</li> <li>2. Kertas HVS</li> </ol>", new[] { "1. Formulir", "2. Kertas HVS" })]
    [InlineData("Baris satu<br>Baris dua<br/>Baris tiga", new[] { "Baris satu", "Baris dua", "Baris tiga" })]
    [InlineData("SEKRETARIS DPRD  <b>IR. SUPARMAN, M.SI</b> NIP. 19830406 201203 1 003", new[] { "SEKRETARIS DPRD", "IR. SUPARMAN, M.SI", "NIP. 19830406 201203 1 003" })]
    [InlineData("<b>Dasar Hukum :</b> <ol><li>1. PP Nomor 11 Tahun 2017</li></ol>", new[] { "Dasar Hukum :", "1. PP Nomor 11 Tahun 2017" })]
    [InlineData("CAMAT <strong>BUDI</strong>", new[] { "CAMAT", "BUDI" })]
    [InlineData("**Kepala Dinas** menandatangani", new[] { "Kepala Dinas", "menandatangani" })]
    [InlineData("Surat &amp; disposisi", new[] { "Surat & disposisi" })]
    [InlineData("  banyak    spasi  ", new[] { "banyak spasi" })]
    public async Task Html_fragments_in_a_tab_cell_become_the_cells_lines(string cell, string[] lines)
    {
        var table = Some.SingleTable(await ReadAsync($"X\t{cell}\n"));

        Assert.Equal(lines, Some.LinesOf(table.At(0, 1)));
    }

    [Fact]
    public async Task Pipe_tables_keep_bold_headers_br_lines_and_empty_cells()
    {
        const string markdown = """
            | **No.** | **Uraian Prosedur** | **Pelaksana** |  |
            |---|---|---|---|
            |  |  | **Operator** | **Kepala Dinas** |
            | 1 | Menerima<br>surat masuk | Mulai |  |
            | 2 | **Kepala Dinas** memeriksa | ↓ | ◇ |
            """;

        var table = Some.SingleTable(await ReadAsync(markdown));

        Assert.Equal((4, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal(["No.", "Uraian Prosedur", "Pelaksana", ""], table.Row(0).Select(c => c.Text));
        Assert.Equal(["", "", "Operator", "Kepala Dinas"], table.Row(1).Select(c => c.Text));
        Assert.Equal(["Menerima", "surat masuk"], Some.LinesOf(table.At(2, 1)));
        Assert.Equal(["Kepala Dinas", "memeriksa"], Some.LinesOf(table.At(3, 1)));
        Assert.Equal("◇", table.At(3, 3)!.Text);
    }

    [Theory]
    [InlineData("| No | Uraian |\n|---|---|\n| 1 | Surat a \\| b |", "Surat a | b")]
    [InlineData("No | Uraian\n---|---\n1 | Surat masuk", "Surat masuk")]
    [InlineData("| No | Uraian |\n| :---: | ---: |\n| 1 | Surat masuk", "Surat masuk")]
    [InlineData("| No | Uraian |\n|---|---|\n| 1 | Surat\tmasuk |", "Surat masuk")]
    public async Task Pipe_table_variants_give_one_table_with_the_step_text(string markdown, string activity)
    {
        var table = Some.SingleTable(await ReadAsync(markdown));

        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("1", table.At(1, 0)!.Text);
        Assert.Equal(activity, table.At(1, 1)!.Text);
    }

    [Fact]
    public async Task Soft_line_breaks_are_lines_and_blank_lines_end_blocks()
    {
        var layout = await ReadAsync("PEMERINTAH KABUPATEN SLEMAN\nSEKRETARIAT DPRD\n\nNomor SOP : 800/1/2020");

        Assert.Equal(
            [["PEMERINTAH KABUPATEN SLEMAN", "SEKRETARIAT DPRD"], ["Nomor SOP : 800/1/2020"]],
            Some.TextBlocks(layout));
    }

    [Fact]
    public async Task Markdown_that_reads_to_nothing_is_flagged_unreadable()
    {
        var layout = await ReadAsync("<!-- komentar saja -->\n\n");

        Assert.Empty(layout.Blocks);
        Assert.Contains(layout.Problems, f => f.Code == FlagCode.UnreadableSource && f.Severity == FlagSeverity.Error);
    }
}
