using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;
using SopIngest.Pdf.Pages;

namespace SopIngest.Pdf.Tests.Pages;

/// <summary>A 3 x 2 grid (columns 0-100-200-300, rows 50-100-150) with things drawn in it.</summary>
public sealed class PageAssemblerTests
{
    private static readonly PdfReaderOptions Options = new();
    private static readonly List<Ruling> Grid = Some.GridLines([0, 100, 200, 300], [50, 100, 150]);

    private static TableBlock Table(IReadOnlyList<Word> words, params Outline[] outlines)
    {
        var blocks = PageAssembler.Assemble(1, words, new PageGraphics(Grid, outlines), Options);
        return Assert.Single(blocks.OfType<TableBlock>());
    }

    [Fact]
    public void A_symbol_goes_to_the_cell_holding_its_centre()
    {
        var table = Table([], Some.Rectangle(130, 110, 34.5, 15));

        var mark = Assert.Single(table.At(1, 1)!.Marks);
        Assert.Equal(MarkKind.Process, mark.Kind);
        Assert.Single(table.Cells.SelectMany(c => c.Marks));
    }

    [Theory]
    // a rectangle on the cell's own borders, and one a hair inside them
    [InlineData(100, 100, 100, 50)]
    [InlineData(101, 101, 98, 48)]
    public void A_cell_border_drawn_as_a_box_is_no_symbol(double x, double y, double width, double height)
    {
        var table = Table([], Some.Rectangle(x, y, width, height));

        Assert.Empty(table.Cells.SelectMany(c => c.Marks));
    }

    [Fact]
    public void A_filled_box_behind_words_with_no_outline_is_shading_not_a_symbol()
    {
        var shading = Some.Rectangle(104, 104, 92, 40) with { Stroked = false };
        var table = Table([Some.Word("Nama", 110, 120), Some.Word("SOP", 134, 120)], shading);

        Assert.Empty(table.Cells.SelectMany(c => c.Marks));
        Assert.Equal("Nama SOP", table.At(1, 1)!.Text);
    }

    [Theory]
    [InlineData(true, false)] // a symbol's fill, drawn before its outline
    [InlineData(false, true)] // a filled box holding no words
    public void A_filled_box_outlined_or_empty_is_still_a_symbol(bool outlined, bool empty)
    {
        var fill = Some.Rectangle(130, 110, 34.5, 15) with { Stroked = false };
        Outline[] outlines = outlined ? [fill, Some.Rectangle(130, 110, 34.5, 15)] : [fill];
        var table = Table(empty ? [] : [Some.Word("A", 140, 114, 5, 5)], outlines);

        Assert.Equal(MarkKind.Process, Assert.Single(table.At(1, 1)!.Marks).Kind);
    }

    [Fact]
    public void Words_inside_a_symbol_are_its_label_not_cell_text()
    {
        var table = Table([Some.Word("Mulai", 140, 115, 13, 5), Some.Word("Camat", 210, 60)], Some.Rounded(130, 110, 34.5, 15));

        var mark = Assert.Single(table.At(1, 1)!.Marks);
        Assert.Equal((MarkKind.Terminator, "Mulai"), (mark.Kind, mark.Label));
        Assert.Empty(table.At(1, 1)!.Lines);
        Assert.Equal("Camat", table.At(0, 2)!.Text);
    }

    [Theory]
    [InlineData("Mulai", MarkKind.Terminator)]
    [InlineData("A", MarkKind.OffPage)]
    [InlineData(null, MarkKind.OffPage)]
    public void A_round_outline_is_a_terminator_only_when_it_holds_a_word(string? label, MarkKind expected)
    {
        Word[] words = label is null ? [] : [Some.Word(label, 141, 120, 8, 5)];

        var table = Table(words, Some.Rounded(135, 112, 20, 18));

        Assert.Equal(expected, Assert.Single(table.At(1, 1)!.Marks).Kind);
    }

    [Fact]
    public void Arrowheads_and_connectors_are_not_marks()
    {
        var table = Table([], Some.Arrowhead(150, 110), Some.Polygon((120, 60), (125, 60), (125, 62)));

        Assert.Empty(table.Cells.SelectMany(c => c.Marks));
    }

    [Fact]
    public void A_branch_label_sticking_out_of_the_cell_stays_with_its_decision()
    {
        // Diamond in the middle column, right corner at x = 195; "Tidak" starts in it and ends past x = 200.
        var table = Table([Some.Word("Tidak", 196, 118, 10, 4), Some.Word("Ya", 150, 133, 5, 4)], Some.Diamond(180, 125, 15, 10));

        Assert.Equal(MarkKind.Decision, Assert.Single(table.At(1, 1)!.Marks).Kind);
        Assert.Contains("Tidak", table.At(1, 1)!.Text, StringComparison.Ordinal);
        Assert.Empty(table.At(1, 2)!.Lines);
    }

    [Fact]
    public void Overlapping_outlines_are_a_picture_not_symbols()
    {
        var table = Table([], Some.Rectangle(120, 60, 40, 30), Some.Diamond(140, 75, 8, 8), Some.OffPage(130, 65, 20, 20));

        Assert.Empty(table.Cells.SelectMany(c => c.Marks));
    }

    [Fact]
    public void Text_above_and_below_the_table_are_blocks_in_reading_order()
    {
        var blocks = PageAssembler.Assemble(1, [Some.Word("Judul", 10, 20), Some.Word("Penutup", 10, 300), Some.Word("sel", 10, 60)],
            new PageGraphics(Grid, []), Options);

        Assert.Collection(blocks,
            b => Assert.Equal("Judul", Assert.IsType<TextBlock>(b).Lines[0].Text),
            b => Assert.Equal("sel", Assert.IsType<TableBlock>(b).At(0, 0)!.Text),
            b => Assert.Equal("Penutup", Assert.IsType<TextBlock>(b).Lines[0].Text));
    }
}
