using System.Text.Json;
using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Reading;

/// <summary>
/// Real pages of the dev corpus through real Tesseract. The truth comes from each file's expected JSON:
/// the procedure table has two header rows and one row per step, and each step's shapes sit in the actor
/// columns (after "No" and the activity column) of the actors that perform it, with the expected symbol.
/// </summary>
public class CorpusPageTests(ReaderFixture fixture) : IClassFixture<ReaderFixture>
{
    [Theory]
    [InlineData("sop-dev-031.png", 1)] // 1-bit scan of the procedure page
    [InlineData("sop-dev-025.pdf", 2)] // scanned PDF, page 2 is the procedure page
    public async Task Shapes_are_in_the_actor_cells_of_each_step(string file, int page)
    {
        var (actors, steps) = await Expected(file);
        var layout = await Read(file);

        var table = ProcedureTable(layout, page);
        Assert.Equal(2 + steps.Count, table.RowCount);
        for (var i = 0; i < steps.Count; i++)
        {
            var row = 2 + i;
            var marked = Enumerable.Range(0, table.ColumnCount)
                .Where(c => table.At(row, c) is { Row: var r, Column: var col } cell && r == row && col == c && cell.Marks.Any(m => m.IsShape))
                .ToList();
            var expectedColumns = steps[i].Actors.Select(a => 2 + actors.IndexOf(a)).Order().ToList();
            Assert.True(expectedColumns.SequenceEqual(marked),
                $"{file} step {steps[i].No}: shapes in columns [{string.Join(',', marked)}], expected [{string.Join(',', expectedColumns)}]");
            foreach (var column in marked)
            {
                Assert.Contains(table.At(row, column)!.Marks, m => m.Kind == steps[i].Shape);
            }
        }
    }

    [Fact]
    public async Task Scanned_pdf_gives_every_page_with_progress_and_confidence()
    {
        var reports = new List<PageProgress>();
        var progress = new SynchronousProgress(reports);
        var input = DocumentInput.Create("sop-dev-025.pdf", await File.ReadAllBytesAsync(Corpus.Path("sop-dev-025.pdf")));

        var layout = await fixture.Reader.ReadAsync(input, progress, CancellationToken.None);

        Assert.Equal(ExtractionMethod.Ocr, layout.Method);
        Assert.Equal(2, layout.PageCount);
        Assert.Equal([1, 2], layout.Pages.Select(p => p.Number));
        Assert.Empty(layout.Problems);
        Assert.InRange(layout.MeanConfidence ?? 0, 0.5, 1);
        Assert.Equal([1, 2], reports.Select(r => r.Page).Order());
        Assert.All(reports, r => Assert.Equal(2, r.PageCount));
        // The identity page: its header table (government, labels, values) and the sections grid.
        var identity = layout.Pages[0].Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(2, identity.Count);
        Assert.Contains(identity[0].Cells, c => c.Text.Contains("Nomor SOP", StringComparison.OrdinalIgnoreCase));
        // The caption above the procedure table and the signature block below it are text, in reading order.
        var blocks = layout.Pages[1].Blocks;
        Assert.IsType<TextBlock>(blocks[0]);
        Assert.IsType<TableBlock>(blocks[1]);
        Assert.Contains(((TextBlock)blocks[^1]).Lines, l => l.Text.Contains("NIP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_inside_a_terminator_is_its_label_not_cell_text()
    {
        var layout = await Read("sop-dev-031.png");

        var table = ProcedureTable(layout, 1);
        var terminators = table.Cells.Where(c => c.Marks.Any(m => m.Kind == MarkKind.Terminator)).ToList();
        Assert.Equal(2, terminators.Count);
        Assert.Equal(["Mulai", "Selesai"], terminators.OrderBy(c => c.Row).Select(c => c.Marks.Single(m => m.IsShape).Label));
        Assert.All(terminators, c => Assert.DoesNotContain("Mulai", c.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(RotateFlags.Rotate90Clockwise)]
    [InlineData(RotateFlags.Rotate180)]
    [InlineData(RotateFlags.Rotate90Counterclockwise)]
    public async Task A_page_scanned_sideways_or_upside_down_is_read_upright(RotateFlags turn)
    {
        using var page = Cv2.ImRead(Corpus.Path("sop-dev-031.png"), ImreadModes.Grayscale);
        using var turned = new Mat();
        Cv2.Rotate(page, turned, turn);
        var input = DocumentInput.Create("turned.png", Pictures.Png(turned));

        var layout = await fixture.Reader.ReadAsync(input, null, CancellationToken.None);

        var table = ProcedureTable(layout, 1);
        Assert.Equal(8, table.RowCount);
        Assert.Equal(5, table.Cells.Count(c => c.Marks.Any(m => m.IsShape)));
        Assert.Contains(table.Cells, c => c.Text.Contains("Uraian Prosedur", StringComparison.Ordinal));
    }

    private async Task<LayoutDocument> Read(string file)
    {
        var input = DocumentInput.Create(file, await File.ReadAllBytesAsync(Corpus.Path(file)));
        return await fixture.Reader.ReadAsync(input, null, CancellationToken.None);
    }

    private static TableBlock ProcedureTable(LayoutDocument layout, int page) =>
        layout.Pages.Single(p => p.Number == page).Blocks.OfType<TableBlock>().MaxBy(t => t.RowCount * t.ColumnCount)!;

    private static async Task<(List<string> Actors, List<ExpectedStep> Steps)> Expected(string file)
    {
        var path = Corpus.Path(Path.GetFileNameWithoutExtension(file) + ".expected.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var actors = json.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList();
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().Select(s => new ExpectedStep(
            s.GetProperty("no").ToString(),
            s.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList(),
            s.GetProperty("shape").GetString() switch
            {
                "terminator" => MarkKind.Terminator,
                "decision" => MarkKind.Decision,
                _ => MarkKind.Process,
            })).ToList();
        return (actors, steps);
    }

    private sealed record ExpectedStep(string No, IReadOnlyList<string> Actors, MarkKind Shape);

    /// <summary>Records reports on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SynchronousProgress(List<PageProgress> reports) : IProgress<PageProgress>
    {
        public void Report(PageProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
