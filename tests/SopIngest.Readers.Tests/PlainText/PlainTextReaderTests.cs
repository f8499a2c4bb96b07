using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Readers.PlainText;

namespace SopIngest.Readers.Tests.PlainText;

public class PlainTextReaderTests
{
    private static readonly PlainTextReader Reader = new();

    private static Task<LayoutDocument> ReadAsync(string text) => Some.ReadAsync(Reader, "sop.txt", text);

    [Fact]
    public async Task Blank_lines_split_text_blocks_and_tab_rows_make_a_table_in_order()
    {
        var layout = await ReadAsync(
            "Nomor SOP : 800/12/2020\nTanggal Pembuatan : 2 Januari 2020\n\n\nDasar Hukum\n\nNo.\tKegiatan\tPelaksana\n1.\tMenerima surat\t\n\nKepala Dinas");

        var blocks = layout.Blocks.ToList();
        Assert.Equal([typeof(TextBlock), typeof(TextBlock), typeof(TableBlock), typeof(TextBlock)], blocks.Select(b => b.GetType()));
        Assert.Equal(
            [["Nomor SOP : 800/12/2020", "Tanggal Pembuatan : 2 Januari 2020"], ["Dasar Hukum"], ["Kepala Dinas"]],
            Some.TextBlocks(layout));
        var table = (TableBlock)blocks[2];
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(["1.", "Menerima surat", ""], table.Row(1).Select(c => c.Text));
        Assert.Equal(ExtractionMethod.Text, layout.Method);
        Assert.Empty(layout.Problems);
    }

    [Theory]
    [InlineData("No.\tKegiatan\r\n1.\tMenerima\r\n")]
    [InlineData("No.\tKegiatan\r1.\tMenerima\r")]
    [InlineData("No.\tKegiatan\n1.\tMenerima\n")]
    public async Task Every_line_ending_gives_the_same_rows(string text)
    {
        var table = Some.SingleTable(await ReadAsync(text));

        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("Menerima", table.At(1, 1)!.Text);
    }

    [Fact]
    public async Task Empty_actor_columns_are_kept_as_empty_cells()
    {
        var table = Some.SingleTable(await ReadAsync("1.\tMenerima surat\t\t\t\tFormulir\t15 menit\tSurat\t\n"));

        Assert.Equal(9, table.ColumnCount);
        Assert.All([2, 3, 4, 8], c => Assert.Empty(table.At(0, c)!.Lines));
        Assert.Equal("15 menit", table.At(0, 6)!.Text);
    }

    [Fact]
    public async Task Cell_and_line_white_space_is_folded()
    {
        var layout = await ReadAsync("  Nama SOP :\u00A0 Pelayanan   Surat  \n1.\t  Menerima   surat  \tx");

        Assert.Equal([["Nama SOP : Pelayanan Surat"]], Some.TextBlocks(layout));
        Assert.Equal("Menerima surat", Some.SingleTable(layout).At(0, 1)!.Text);
    }
}
