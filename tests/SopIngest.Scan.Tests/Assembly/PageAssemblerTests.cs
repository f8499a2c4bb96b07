using SopIngest.Core.Layout;
using SopIngest.Scan.Assembly;
using SopIngest.Scan.Grid;

namespace SopIngest.Scan.Tests.Assembly;

public class PageAssemblerTests
{
    // One table of two cells side by side, 300 px wide each; OCR words are 30 px tall.
    private static readonly TableGrid Table = new(new Box(0, 0, 600, 200), [0, 200], [0, 300, 600],
        [new GridCell(0, 0, 1, 1, new Box(0, 0, 300, 200)), new GridCell(0, 1, 1, 1, new Box(300, 0, 300, 200))], []);

    [Fact]
    public void A_cells_lines_that_its_width_wrapped_are_joined_and_a_short_line_ends_a_paragraph()
    {
        // Left cell: "Kesalahan pencatatan dapat" fills the cell, "mengakibatkan" would not have fitted: wrapped.
        // Right cell: "Buku Agenda" leaves room for "Stempel": a new item.
        var words = new List<Word>
        {
            Ocr("Kesalahan", 10, 10, 100), Ocr("pencatatan", 118, 10, 100), Ocr("dapat", 226, 10, 60),
            Ocr("mengakibatkan", 10, 48, 140),
            Ocr("Buku", 310, 10, 50), Ocr("Agenda", 368, 10, 70),
            Ocr("Stempel", 310, 48, 80),
        };

        var page = PageAssembler.Assemble(1, 600, 200, [Table], [], words);

        var cells = Assert.IsType<TableBlock>(Assert.Single(page.Blocks)).Cells;
        Assert.Equal(["Kesalahan pencatatan dapat mengakibatkan"], cells.Single(c => c.Column == 0).Lines.Select(l => l.Text));
        Assert.Equal(["Buku Agenda", "Stempel"], cells.Single(c => c.Column == 1).Lines.Select(l => l.Text));
    }

    private static Word Ocr(string text, double x, double y, double width) => new(text, new Box(x, y, width, 30), 0.95);
}
