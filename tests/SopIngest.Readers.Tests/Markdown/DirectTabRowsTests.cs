using System.Text.Json;
using AngleSharp.Html.Parser;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Readers.Common;
using SopIngest.Readers.Markdown;

namespace SopIngest.Readers.Tests.Markdown;

/// <summary>
/// Tab-row tables of plain text are built without the HTML parser; whatever the input, the layout must be the
/// one the HTML round trip gives.
/// </summary>
public class DirectTabRowsTests
{
    [Theory]
    [InlineData("Judul\n\nNo.\tUraian\tPelaksana\n1.\tSurat masuk\t[]\n\nPenutup")]
    [InlineData("1.\tSurat  masuk\t\t\t\n2.\t \t\u00A0↓\t")]
    [InlineData("\tawal kosong\n\t\t\n")]
    [InlineData("No.\tUraian\n1.\tMenerima <b>surat</b>\n")]
    [InlineData("No.\tUraian\n1.\tSurat &amp; disposisi\n")]
    [InlineData("No.\tUraian\n1.\t**Kepala Dinas** memeriksa\n")]
    [InlineData("No.\tUraian\n1.\tBaris satu<br>Baris dua\n")]
    [InlineData("No.\tUraian\n1.\ta < b dan c > d\n")]
    [InlineData("<b>X</b>\tNomor SOP\t800/1\n\nNo.\tUraian\n1.\tA\n\nteks\n\nNo.\tUraian\n2.\tB\n")]
    [InlineData("<table><tr><td>x\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("<table>\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("<!-- tidak ditutup\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("<style>\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("<div>\n\nNo.\tUraian\n1.\tA\n\nsesudah\n")]
    [InlineData("<p>teks\nNo.\tUraian\n1.\tA\nsesudah\n")]
    [InlineData("<svg>\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("<table data-sopingest-prebuilt=\"0\"></table>\n\nNo.\tUraian\n1.\tA\n")]
    [InlineData("| No | Uraian |\n|---|---|\n| 1 | A |\n\nNo.\tUraian\n2.\tB\n")]
    [InlineData("| **No.** | **Uraian Prosedur** | **Pelaksana** |\n|---|---|---|\n| 1 | Menerima surat | Mulai |\n| 2 |  | ↓ |")]
    [InlineData("| ** No ** | **a*b** | **** | ** ** | x **y** |\n|---|---|---|---|---|\n| 1 | A \\| B | C |")]
    [InlineData("| **No** | Uraian<br>dua |\n| 1 | A &amp; B |")]
    [InlineData("|---|---|\n|---|---|")]
    [InlineData("No.\t**Uraian**\t  **Pelaksana**  \n1.\tA\t**\n")]
    [InlineData("<table><tr><td>x\n\n| **No** | Uraian |\n|---|---|\n| 1 | A |\n")]
    public void Direct_tab_rows_give_the_layout_of_the_HTML_round_trip(string markdown)
    {
        var direct = MarkdownReader.Read("sop.md", markdown, legacyEncoding: false, directTables: true);
        var viaHtml = MarkdownReader.Read("sop.md", markdown, legacyEncoding: false, directTables: false);

        Assert.Equal(Json(viaHtml), Json(direct));
    }

    [Fact]
    public void Plain_tab_cells_are_folded_and_empty_cells_keep_their_columns()
    {
        var layout = MarkdownReader.Read("sop.md", "1.\tSurat  masuk\t\t \t[]\n", legacyEncoding: false, directTables: true);

        var table = Some.SingleTable(layout);
        Assert.Equal((1, 5), (table.RowCount, table.ColumnCount));
        Assert.Equal(["Surat masuk"], Some.LinesOf(table.At(0, 1)));
        Assert.Empty(table.At(0, 2)!.Lines);
        Assert.Empty(table.At(0, 3)!.Lines);
        Assert.Equal("[]", table.At(0, 4)!.Text);
        Assert.All(table.Cells, c => Assert.Empty(c.Marks));
    }

    [Fact]
    public void Bold_header_cells_of_pipe_tables_become_their_text()
    {
        const string markdown = "| **No.** | **Uraian** |\n|---|---|\n| 1 | Menerima  surat |\n";
        var layout = MarkdownReader.Read("sop.md", markdown, legacyEncoding: false, directTables: true);

        var table = Some.SingleTable(layout);
        Assert.Equal(["No.", "Uraian"], table.Row(0).Select(c => c.Text));
        Assert.Equal(["1", "Menerima surat"], table.Row(1).Select(c => c.Text));
    }

    [Fact]
    public void Placeholders_met_in_order_at_the_top_level_are_replaced_by_their_tables()
    {
        var first = new TableBlock([new Cell(0, 0, "a")]);
        var second = new TableBlock([new Cell(0, 0, "b")]);
        var html = "<p>awal</p>" + HtmlLayoutBuilder.Placeholder(0) + "<p>tengah</p>" + HtmlLayoutBuilder.Placeholder(1);

        var (blocks, placedAll) = Build(html, first, second);

        Assert.True(placedAll);
        Assert.Equal(4, blocks.Count);
        Assert.Same(first, blocks[1]);
        Assert.Same(second, blocks[3]);
    }

    [Theory]
    [InlineData("<table><tr><td>{0}</td></tr></table>")]
    [InlineData("<style>{0}</style>")]
    [InlineData("<!-- {0} -->")]
    [InlineData("")]
    public void A_placeholder_inside_a_cell_or_raw_markup_or_missing_is_reported(string wrapper)
    {
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, HtmlLayoutBuilder.Placeholder(0));

        var (_, placedAll) = Build(html, new TableBlock([new Cell(0, 0, "a")]));

        Assert.False(placedAll);
    }

    [Fact]
    public void Placeholders_out_of_order_are_reported()
    {
        var html = HtmlLayoutBuilder.Placeholder(1) + HtmlLayoutBuilder.Placeholder(0);

        var (_, placedAll) = Build(html, new TableBlock([new Cell(0, 0, "a")]), new TableBlock([new Cell(0, 0, "b")]));

        Assert.False(placedAll);
    }

    private static (IReadOnlyList<Block> Blocks, bool PlacedAll) Build(string html, params TableBlock[] prebuilt)
    {
        var document = new HtmlParser().ParseDocument(html);
        var builder = new HtmlLayoutBuilder(softBreaksAreLines: true, prebuilt);
        return (builder.Build(document.Body!), builder.PlacedAll);
    }

    private static string Json(LayoutDocument layout) => JsonSerializer.Serialize(layout, SopJson.Options);
}
