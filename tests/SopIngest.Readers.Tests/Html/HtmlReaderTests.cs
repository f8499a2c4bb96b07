using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Readers.Html;

namespace SopIngest.Readers.Tests.Html;

public class HtmlReaderTests
{
    private static readonly HtmlReader Reader = new();

    private static Task<LayoutDocument> ReadAsync(string html) => Some.ReadAsync(Reader, "sop.html", html);

    /// <summary>
    /// The two-row procedure header of html-word/html-clean exports:
    /// <code>
    ///  +----+--------+-----------+-----------------+
    ///  | No | Uraian | Pelaksana (3) | Mutu Baku (2) |
    ///  |    |        | A | B | C |  Waktu | Output |
    ///  +----+--------+---+---+---+--------+--------+
    ///  | 1  | Terima |   | x |   |   5    | Surat  |
    /// </code>
    /// </summary>
    private const string SpannedHeader = """
        <table>
        <tr><td rowspan="2">No</td><td rowspan="2">Uraian</td><td colspan="3">Pelaksana</td><td colspan="2">Mutu Baku</td></tr>
        <tr><td>A</td><td>B</td><td>C</td><td>Waktu</td><td>Output</td></tr>
        <tr><td>1</td><td>Terima</td><td></td><td>x</td><td></td><td>5</td><td>Surat</td></tr>
        </table>
        """;

    [Theory]
    [InlineData(0, 0, "No")]
    [InlineData(1, 0, "No")]
    [InlineData(1, 1, "Uraian")]
    [InlineData(0, 2, "Pelaksana")]
    [InlineData(0, 4, "Pelaksana")]
    [InlineData(1, 2, "A")]
    [InlineData(1, 4, "C")]
    [InlineData(0, 6, "Mutu Baku")]
    [InlineData(1, 5, "Waktu")]
    [InlineData(1, 6, "Output")]
    [InlineData(2, 0, "1")]
    [InlineData(2, 3, "x")]
    [InlineData(2, 6, "Surat")]
    public async Task Rowspan_and_colspan_land_in_the_right_grid_slots(int row, int column, string text)
    {
        var table = Some.SingleTable(await ReadAsync(SpannedHeader));

        Assert.Equal((3, 7), (table.RowCount, table.ColumnCount));
        Assert.Equal(text, table.At(row, column)?.Text);
    }

    [Fact]
    public async Task A_spanned_cell_is_stored_once_at_its_top_left_slot()
    {
        var table = Some.SingleTable(await ReadAsync(SpannedHeader));

        var pelaksana = Assert.Single(table.Cells, c => c.Text == "Pelaksana");
        Assert.Equal((0, 2, 1, 3), (pelaksana.Row, pelaksana.Column, pelaksana.RowSpan, pelaksana.ColSpan));
        Assert.Same(pelaksana, table.At(0, 4));
        Assert.Equal(4 + 5 + 7, table.Cells.Count);
    }

    [Fact]
    public async Task A_rowspan_in_a_middle_column_pushes_the_next_rows_cells_right()
    {
        var table = Some.SingleTable(await ReadAsync(
            "<table><tr><td>1</td><td rowspan=\"2\">Bersama</td><td>a</td></tr><tr><td>2</td><td>b</td></tr></table>"));

        Assert.Equal("2", table.At(1, 0)!.Text);
        Assert.Equal("Bersama", table.At(1, 1)!.Text);
        Assert.Equal("b", table.At(1, 2)!.Text);
    }

    [Theory]
    [InlineData("<td rowspan=\"65000\">a</td><td>b</td>", 2, 2)]
    [InlineData("<td colspan=\"1000\">a</td>", 2, 1000)]
    [InlineData("<td rowspan=\"0\">a</td><td>b</td>", 2, 2)]
    [InlineData("<td rowspan=\"-3\" colspan=\"-1\">a</td><td>b</td>", 2, 2)]
    public async Task Absurd_spans_are_limited_to_the_table(string firstRowCells, int rows, int columns)
    {
        var table = Some.SingleTable(await ReadAsync($"<table><tr>{firstRowCells}</tr><tr><td>c</td></tr></table>"));

        Assert.Equal((rows, columns), (table.RowCount, table.ColumnCount));
    }

    [Fact]
    public async Task A_colspan_beyond_the_html_limit_never_widens_the_grid_past_1000_columns()
    {
        var table = Some.SingleTable(await ReadAsync("<table><tr><td colspan=\"100000\">a</td></tr><tr><td>c</td></tr></table>"));

        Assert.InRange(table.ColumnCount, 1, 1000);
        Assert.Equal("c", table.At(1, 0)!.Text);
    }

    [Fact]
    public async Task A_long_table_whose_rows_and_cells_omit_their_optional_end_tags_is_read()
    {
        // HTML lets writers leave out </td>, </tr>, </li> and </p>; legacy converters do. That is long, not deep.
        var html = new System.Text.StringBuilder("<table><tr><th>No<th>Uraian<th>Pelaksana");
        for (var i = 1; i <= 1500; i++)
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n<tr><td>{i}<td><p>Menerima surat<p>dan mencatat<td>");
        }
        html.Append("\n</table>");

        var table = Some.SingleTable(await ReadAsync(html.ToString()));

        Assert.Equal((1501, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(["Menerima surat", "dan mencatat"], Some.LinesOf(table.At(1500, 1)));
    }

    [Theory]
    [InlineData("<ul><li>Formulir</li><li>Kertas HVS</li></ul>", new[] { "Formulir", "Kertas HVS" })]
    [InlineData("Baris satu<br>Baris dua", new[] { "Baris satu", "Baris dua" })]
    [InlineData("CAMAT <b>BUDI SANTOSO</b> NIP. 1970", new[] { "CAMAT", "BUDI SANTOSO", "NIP. 1970" })]
    [InlineData("<p class=MsoNormal>Surat<o:p></o:p></p><p class=MsoNormal>masuk</p>", new[] { "Surat", "masuk" })]
    [InlineData("<span lang=IN>Surat</span> <span>masuk</span>", new[] { "Surat masuk" })]
    [InlineData("Sebelum<script>alert(1)</script><style>p{}</style> sesudah", new[] { "Sebelum sesudah" })]
    [InlineData("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>Undang-Undang Nomor 23 Tahun 2014</p>", new[] { "1. Undang-Undang Nomor 23 Tahun 2014" })]
    [InlineData("&nbsp;", new string[0])]
    public async Task Html_inside_a_cell_becomes_the_cells_lines(string cell, string[] lines)
    {
        var table = Some.SingleTable(await ReadAsync($"<table><tr><td>{cell}</td></tr></table>"));

        Assert.Equal(lines, Some.LinesOf(table.At(0, 0)));
    }

    [Theory]
    [InlineData("<rect x=\"6\" y=\"8\" width=\"48\" height=\"18\" rx=\"9\" ry=\"9\"/>", MarkKind.Terminator)]
    [InlineData("<rect x=\"6\" y=\"8\" width=\"48\" height=\"18\" ry=\"4\"/>", MarkKind.Terminator)]
    [InlineData("<ellipse cx=\"30\" cy=\"17\" rx=\"24\" ry=\"9\"/>", MarkKind.Terminator)]
    [InlineData("<rect x=\"6\" y=\"7\" width=\"48\" height=\"20\"/>", MarkKind.Process)]
    [InlineData("<rect x=\"6\" y=\"7\" width=\"48\" height=\"20\" rx=\"0\"/>", MarkKind.Process)]
    [InlineData("<polygon points=\"30,2 58,17 30,32 2,17\"/>", MarkKind.Decision)]
    [InlineData("<polygon points=\"30 2 58 17 30 32 2 17\"/>", MarkKind.Decision)]
    [InlineData("<polygon points=\"10,2 50,2 50,24 30,32 10,24\"/>", MarkKind.OffPage)]
    [InlineData("<line x1=\"30\" y1=\"17\" x2=\"30\" y2=\"34\"/><line x1=\"0\" y1=\"17\" x2=\"30\" y2=\"17\"/>", MarkKind.Arrow)]
    [InlineData("<line x1=\"0\" y1=\"17\" x2=\"60\" y2=\"17\" marker-end=\"url(#ah)\"/><line x1=\"30\" y1=\"17\" x2=\"30\" y2=\"34\"/>", MarkKind.Arrow)]
    [InlineData("<line x1=\"30\" y1=\"0\" x2=\"30\" y2=\"8\"/><rect x=\"6\" y=\"8\" width=\"48\" height=\"18\"/>", MarkKind.Process)]
    public async Task Svg_symbols_in_a_cell_become_marks(string content, MarkKind kind)
    {
        var table = Some.SingleTable(await ReadAsync(
            $"<table><tr><td>1</td><td><svg width=\"60\" height=\"34\" viewBox=\"0 0 60 34\">{content}</svg></td></tr></table>"));

        var cell = table.At(0, 1)!;
        Assert.Equal(kind, Assert.Single(cell.Marks).Kind);
        Assert.Empty(cell.Lines);
        Assert.Empty(table.At(0, 0)!.Marks);
    }

    [Fact]
    public async Task Text_inside_an_svg_is_the_marks_label_not_cell_text()
    {
        var table = Some.SingleTable(await ReadAsync(
            """
            <table><tr><td>Keterangan<svg viewBox="0 0 60 34"><rect x="6" y="8" width="48" height="18" rx="9"/>
            <text x="30" y="21">Mulai</text></svg></td></tr></table>
            """));

        var cell = table.At(0, 0)!;
        Assert.Equal(new Mark(MarkKind.Terminator, "Mulai"), Assert.Single(cell.Marks));
        Assert.Equal(["Keterangan"], Some.LinesOf(cell));
    }

    [Fact]
    public async Task An_svg_outside_any_table_adds_neither_marks_nor_text()
    {
        var layout = await ReadAsync(
            "<p>Judul</p><svg width=\"0\" height=\"0\"><defs><marker id=\"ah\"><path d=\"M0,0 L6,3 L0,6 z\"/></marker></defs><text>Mulai</text></svg>");

        Assert.Equal([["Judul"]], Some.TextBlocks(layout));
        Assert.Empty(layout.Blocks.OfType<TableBlock>());
    }

    [Theory]
    [InlineData("Flowchart_x003a__x0020_Process_x0020_5", MarkKind.Process)]
    [InlineData("Flowchart_x003a__x0020_Terminator_x0020_2", MarkKind.Terminator)]
    [InlineData("Flowchart_x003a__x0020_Alternate_x0020_Process_x0020_1", MarkKind.Terminator)]
    [InlineData("Flowchart_x003a__x0020_Decision_x0020_9", MarkKind.Decision)]
    [InlineData("Flowchart_x003a__x0020_Off-page_x0020_Connector_x0020_14", MarkKind.OffPage)]
    [InlineData("Straight_x0020_Arrow_x0020_Connector_x0020_3", MarkKind.Arrow)]
    [InlineData("Elbow_x0020_Connector_x0020_11", MarkKind.Arrow)]
    [InlineData("Rectangle_x0020_7", MarkKind.Process)]
    [InlineData("Flowchart_x003a__x0020_Document_x0020_4", MarkKind.Shape)]
    public async Task Word_shape_images_become_marks_by_their_shape_name(string shapeName, MarkKind kind)
    {
        var table = Some.SingleTable(await ReadAsync(
            $"<table><tr><td><span><img width=58 height=26 src=\"SOP_files/image003.png\" v:shapes=\"{shapeName}\"></span></td></tr></table>"));

        Assert.Equal(kind, Assert.Single(table.At(0, 0)!.Marks).Kind);
    }

    [Fact]
    public async Task An_image_that_is_no_flowchart_shape_is_no_mark()
    {
        var table = Some.SingleTable(await ReadAsync(
            "<table><tr><td><img src=\"logo.png\" v:shapes=\"Picture_x0020_1\"><img src=\"stempel.png\"></td></tr></table>"));

        Assert.Empty(table.At(0, 0)!.Marks);
    }

    [Fact]
    public async Task Word_vml_shape_and_its_fallback_image_make_one_mark()
    {
        var table = Some.SingleTable(await ReadAsync(
            """
            <table><tr><td><p class=MsoNormal><!--[if gte vml 1]><v:shape id="Flowchart_x003a__x0020_Process_x0020_5"
             o:spid="_x0000_s1029" type="#_x0000_t109" style='position:absolute;width:42pt;height:18pt'
             strokeweight="1pt"></v:shape><![endif]--><![if !vml]><span style='mso-ignore:vglayout'><img width=58
             height=26 src="SOP_files/image006.png" v:shapes="Flowchart_x003a__x0020_Process_x0020_5"></span><![endif]><o:p>&nbsp;</o:p></p></td></tr></table>
            """));

        var cell = table.At(0, 0)!;
        Assert.Equal(MarkKind.Process, Assert.Single(cell.Marks).Kind);
        Assert.Empty(cell.Lines);
    }

    [Fact]
    public async Task Word_vml_in_a_conditional_comment_is_read_when_no_fallback_image_names_the_shape()
    {
        var table = Some.SingleTable(await ReadAsync(
            """
            <table><tr><td><!--[if gte vml 1]><v:shape id="Flowchart_x003a__x0020_Decision_x0020_9" o:spid="_x0000_s1033"
             type="#_x0000_t110"></v:shape><![endif]--><!--[if gte vml 1]><v:shape id="Elbow_x0020_Connector_x0020_10"
             type="#_x0000_t34"></v:shape><![endif]--><![if !vml]><img src="SOP_files/image010.png"><![endif]></td>
            <td><!--[if gte vml 1]><v:shapetype id="_x0000_t116" coordsize="21600,21600"></v:shapetype><![endif]--></td></tr></table>
            """));

        Assert.Equal([MarkKind.Decision, MarkKind.Arrow], table.At(0, 0)!.Marks.Select(m => m.Kind));
        Assert.Empty(table.At(0, 1)!.Marks);
    }

    [Fact]
    public async Task Text_outside_tables_keeps_paragraphs_as_blocks_and_skips_head_and_scripts()
    {
        var layout = await ReadAsync(
            """
            <html><head><title>Judul dokumen</title><style>p.MsoNormal{margin:0}</style></head>
            <body><p class=MsoNormal>PEMERINTAH KOTA BANDA ACEH</p><div>Kantor Camat<br>Kuta Alam</div>
            <script>var x = 1;</script><h2>Dasar Hukum</h2><ol><li>UU Nomor 23 Tahun 2014</li><li>PP Nomor 18 Tahun 2016</li></ol></body></html>
            """);

        var lines = Some.TextBlocks(layout).SelectMany(b => b).ToList();
        Assert.Equal(["PEMERINTAH KOTA BANDA ACEH", "Kantor Camat", "Kuta Alam", "Dasar Hukum", "UU Nomor 23 Tahun 2014", "PP Nomor 18 Tahun 2016"], lines);
        Assert.Equal(ExtractionMethod.Html, layout.Method);
        Assert.Empty(layout.Problems);
    }
}
