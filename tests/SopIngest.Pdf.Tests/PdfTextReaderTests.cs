using SopIngest.Core.Layout;
using SopIngest.Core.Pipeline;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SopIngest.Pdf.Tests;

/// <summary>Whole pages drawn with PdfPig's writer and read back: the path from PDF operators to the layout.</summary>
public sealed class PdfTextReaderTests
{
    // A 3 x 3 grid, PDF coordinates (y up): columns at x 50, 200, 300, 400; rows at y 700, 650, 600, 550.
    private static readonly double[] Xs = [50, 200, 300, 400];
    private static readonly double[] Ys = [700, 650, 600, 550];

    private static async Task<LayoutDocument> Read(byte[] pdf) =>
        await new PdfTextReader().ReadAsync(new DocumentInput("t.pdf", pdf, MediaTypes.Pdf), null, CancellationToken.None);

    private static void StrokedGrid(PdfPageBuilder page)
    {
        foreach (var x in Xs)
        {
            page.DrawLine(new PdfPoint(x, Ys[0]), new PdfPoint(x, Ys[^1]), 0.75);
        }
        foreach (var y in Ys)
        {
            page.DrawLine(new PdfPoint(Xs[0], y), new PdfPoint(Xs[^1], y), 0.75);
        }
    }

    [Fact]
    public async Task A_stroked_grid_with_a_flowchart_gives_a_table_with_symbols_in_their_cells()
    {
        var pdf = Some.Pdf((page, font) =>
        {
            StrokedGrid(page);
            page.AddText("Camat", 9, new PdfPoint(60, 680), font);
            // Row 0, column 1: a capsule with "Mulai"; row 1, column 1: a process box; row 2, column 2: a process box.
            page.DrawEllipsis(new PdfPoint(250, 672), 36, 14, 1); // centre, width, height
            page.AddText("Mulai", 6, new PdfPoint(241, 670), font);
            page.DrawRectangle(new PdfPoint(232, 617), 36, 15, 1);
            page.DrawRectangle(new PdfPoint(332, 567), 36, 15, 1);
            // Elbow connector from the box in column 1 down and right to column 2, ending in an arrowhead.
            page.DrawLine(new PdfPoint(250, 617), new PdfPoint(250, 600.5), 1);
            page.DrawLine(new PdfPoint(250, 599.5), new PdfPoint(250, 590), 1);
            page.DrawLine(new PdfPoint(250, 590), new PdfPoint(299.5, 590), 1);
            page.DrawLine(new PdfPoint(300.5, 590), new PdfPoint(350, 590), 1);
            page.DrawLine(new PdfPoint(350, 590), new PdfPoint(350, 587), 1);
            page.DrawTriangle(new PdfPoint(347.4, 587), new PdfPoint(352.6, 587), new PdfPoint(350, 582.5), 1, fill: true);
        });

        var layout = await Read(pdf);

        var table = Assert.Single(layout.Blocks.OfType<TableBlock>());
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("Camat", table.At(0, 0)!.Text);
        var marks = table.Cells.SelectMany(c => c.Marks.Select(m => (c.Row, c.Column, m.Kind, m.Label))).OrderBy(m => m.Row).ToList();
        Assert.Equal([(0, 1, MarkKind.Terminator, "Mulai"), (1, 1, MarkKind.Process, null), (2, 2, MarkKind.Process, null)], marks);
        Assert.Empty(table.At(0, 1)!.Lines);
    }

    [Fact]
    public async Task A_table_drawn_one_box_per_cell_with_spacing_is_one_grid()
    {
        var pdf = Some.Pdf((page, font) =>
        {
            for (var r = 0; r < 3; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    // border-collapse: separate: every cell its own box, 2 pt apart.
                    page.DrawRectangle(new PdfPoint(Xs[c] + 1, Ys[r + 1] + 1), Xs[c + 1] - Xs[c] - 2, Ys[r] - Ys[r + 1] - 2, 0.75);
                    page.AddText($"r{r}c{c}", 8, new PdfPoint(Xs[c] + 5, Ys[r] - 12), font);
                }
            }
            page.DrawRectangle(new PdfPoint(230, 617), 36, 15, 1);
        });

        var table = Assert.Single((await Read(pdf)).Blocks.OfType<TableBlock>());

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.All(table.Cells, c => Assert.Equal($"r{c.Row}c{c.Column}", c.Text));
        var mark = Assert.Single(table.Cells.SelectMany(c => c.Marks));
        Assert.Equal(MarkKind.Process, mark.Kind);
        Assert.Single(table.At(1, 1)!.Marks);
    }

    [Fact]
    public async Task Boxes_are_in_points_from_the_top_left()
    {
        var pdf = Some.Pdf((_, _) => { });

        var page = Assert.Single((await Read(pdf)).Pages);
        var word = page.Blocks.OfType<TextBlock>().Single().Lines[0].Words[0];

        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        Assert.Equal(50, word.Box!.Value.X, 0);
        // Drawn at baseline y = 800 from the bottom: about 42 pt below the top edge.
        Assert.InRange(word.Box.Value.Bottom, 40, 44);
    }
}
