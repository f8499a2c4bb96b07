using System.Globalization;
using System.Text.Json;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;

namespace SopIngest.Pdf.Tests;

/// <summary>
/// Digital PDFs checked against expected JSON: the truth (actors, each step's actors and shape) is read from
/// the corpus's expected files, never written here. Two sources: the corpus's own digital PDFs, and
/// Chromium prints of the corpus's html-clean exports in layouts the corpus does not have (rows broken over
/// pages, tables wider than the page, separate cell borders, zoom 0.6 and 1.4), kept in Fixtures and named
/// <c>NAME.chromium-VARIANT.pdf</c> after the expected file they share.
/// </summary>
public sealed class CorpusPdfTests
{
    private static readonly MarkKind[] Symbols = [MarkKind.Terminator, MarkKind.Process, MarkKind.Decision];

    /// <summary>The corpus's digital PDFs.</summary>
    public static TheoryData<string> CorpusDocuments => new(CorpusFiles());

    /// <summary>The corpus's digital PDFs and the Chromium prints in Fixtures.</summary>
    public static TheoryData<string> Documents => new(CorpusFiles().Concat(PrintFiles()));

    [Fact]
    public void There_are_digital_pdfs_to_check()
    {
        Assert.NotEmpty(CorpusFiles());
        Assert.NotEmpty(PrintFiles());
    }

    private static List<string> CorpusFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(TestFiles.Corpus("manifest.json")));
        return manifest.RootElement.EnumerateObject()
            .Where(e => e.Value.GetProperty("family").GetString() == "pdf-text")
            .Select(e => e.Name + ".pdf")
            .ToList();
    }

    private static List<string> PrintFiles() =>
        Directory.GetFiles(TestFiles.Fixture(""), "*.chromium-*.pdf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Procedure_tables_have_the_two_row_header_with_actor_cells(string name)
    {
        var (layout, expected) = await Load(name);
        var tables = ProcedureTables(layout);

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var group = Assert.Single(table.Cells, c => c.Text == "Pelaksana");
            Assert.Equal(expected.Actors.Count, group.ColSpan);
            var actorCells = Enumerable.Range(group.Column, group.ColSpan).Select(c => table.At(group.Row + 1, c)!).ToList();
            Assert.Equal(expected.Actors, actorCells.Select(c => c.Text));
            // No and the activity column span both header rows; Mutu Baku spans its sub-columns.
            Assert.Equal(2, table.At(group.Row, 0)!.RowSpan);
            Assert.Equal(2, table.At(group.Row, 1)!.RowSpan);
            Assert.True(Assert.Single(table.Cells, c => c.Text == "Mutu Baku").ColSpan >= 2);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_step_row_holds_its_symbols_in_the_expected_actor_columns(string name)
    {
        var (layout, expected) = await Load(name);
        var seen = new List<int>();
        foreach (var table in ProcedureTables(layout))
        {
            var columns = ActorColumns(table);
            foreach (var (row, no) in StepRows(table))
            {
                var step = expected.Steps.Single(s => s.No == no);
                var symbols = columns.SelectMany(a => table.At(row, a.Value)!.Marks.Where(m => Symbols.Contains(m.Kind)).Select(m => (a.Key, m.Kind))).ToList();

                Assert.Equal(step.Actors.Order(StringComparer.Ordinal), symbols.Select(s => s.Key).Order(StringComparer.Ordinal));
                Assert.All(symbols, s => Assert.Equal(step.Shape, s.Kind));
                seen.Add(no);
            }
        }
        Assert.Equal(expected.Steps.Select(s => s.No), seen);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task No_cell_border_or_connector_becomes_a_symbol(string name)
    {
        var (layout, expected) = await Load(name);
        var marks = layout.Blocks.OfType<TableBlock>().SelectMany(t => t.Cells.SelectMany(c => c.Marks.Select(m => (Cell: c, Mark: m)))).ToList();

        // Every symbol is one the expected file counts: one per (step, actor).
        Assert.Equal(expected.Steps.Sum(s => s.Actors.Count), marks.Count(m => Symbols.Contains(m.Mark.Kind)));
        Assert.DoesNotContain(marks, m => m.Mark.Kind == MarkKind.Arrow);
        foreach (var (cell, mark) in marks)
        {
            var box = mark.Box!.Value;
            var cellBox = cell.Box!.Value;
            Assert.True(box.Width < 0.9 * cellBox.Width && box.Height < 0.9 * cellBox.Height, $"{mark} fills {cell.Box}");
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Words_inside_symbols_are_labels_not_cell_text(string name)
    {
        var (layout, _) = await Load(name);
        var tables = ProcedureTables(layout);

        var terminators = tables.SelectMany(t => t.Cells).SelectMany(c => c.Marks).Where(m => m.Kind == MarkKind.Terminator).ToList();
        // Some exports leave the capsules empty; a written label is the word inside, whole.
        Assert.All(terminators, m => Assert.Contains(m.Label, new[] { "Mulai", "Selesai", null }));
        Assert.DoesNotContain(tables.SelectMany(t => t.Cells), c => c.Lines.Any(l => l.Text is "Mulai" or "Selesai"));
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public async Task A_table_broken_over_pages_has_matching_off_page_connectors(string name)
    {
        var (layout, _) = await Load(name);
        var tables = ProcedureTables(layout);

        for (var i = 0; i + 1 < tables.Count; i++)
        {
            var leaving = Assert.Single(tables[i].Cells.SelectMany(c => c.Marks), m => m.Kind == MarkKind.OffPage);
            var arriving = Assert.Single(tables[i + 1].Cells.SelectMany(c => c.Marks), m => m.Kind == MarkKind.OffPage);
            Assert.NotNull(leaving.Label);
            Assert.Equal(leaving.Label, arriving.Label);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Pages_are_in_points_with_boxes_inside_them(string name)
    {
        var (layout, _) = await Load(name);

        Assert.Equal(ExtractionMethod.PdfText, layout.Method);
        Assert.Equal(layout.Pages.Count, layout.PageCount);
        Assert.Empty(layout.Problems);
        foreach (var page in layout.Pages)
        {
            // A4 or Letter in points, portrait or landscape.
            Assert.Contains(Math.Round(page.Width + page.Height), new double[] { 595 + 842, 612 + 792 });
            var words = page.Blocks.SelectMany(b => b switch
            {
                TextBlock t => t.Lines.SelectMany(l => l.Words),
                TableBlock t => t.Cells.SelectMany(c => c.Lines.SelectMany(l => l.Words)),
                _ => [],
            });
            Assert.All(words, w => Assert.True(w.Box!.Value.X >= 0 && w.Box.Value.Bottom <= page.Height, w.ToString()));
            var tops = page.Blocks.Select(b => b is TableBlock t ? t.Cells.Min(c => c.Box!.Value.Y) : ((TextBlock)b).Lines[0].Box!.Value.Y).ToList();
            Assert.Equal(tops.Order(), tops);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_pipeline_gives_the_expected_actors_and_step_symbols(string name)
    {
        var bytes = await File.ReadAllBytesAsync(PathOf(name));
        var document = await new SopExtractor([new PdfTextReader()]).ExtractAsync(DocumentInput.Create(name, bytes));
        var (_, expected) = await Load(name);

        Assert.Equal(expected.Actors, document.Actors);
        Assert.Equal(expected.Steps.Select(s => (s.No, string.Join('|', s.Actors), s.Shape)),
            document.Steps.Select(s => (s.No ?? -1, string.Join('|', s.Actors), s.Shape switch
            {
                StepShape.Terminator => MarkKind.Terminator,
                StepShape.Process => MarkKind.Process,
                StepShape.Decision => MarkKind.Decision,
                _ => (MarkKind?)null,
            })));
    }

    private sealed record ExpectedStep(int No, IReadOnlyList<string> Actors, MarkKind? Shape);

    private sealed record Expected(IReadOnlyList<string> Actors, IReadOnlyList<ExpectedStep> Steps);

    /// <summary>A corpus PDF by its name, or a print in Fixtures.</summary>
    private static string PathOf(string file) =>
        file.Contains(".chromium-", StringComparison.Ordinal) ? TestFiles.Fixture(file) : TestFiles.Corpus(file);

    private static async Task<(LayoutDocument Layout, Expected Expected)> Load(string file)
    {
        var bytes = await File.ReadAllBytesAsync(PathOf(file));
        var layout = await new PdfTextReader().ReadAsync(DocumentInput.Create(file, bytes), null, CancellationToken.None);
        var name = file[..file.IndexOf('.', StringComparison.Ordinal)];
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(TestFiles.Corpus(name + ".expected.json")));
        var root = json.RootElement;
        var actors = root.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList();
        var steps = root.GetProperty("steps").EnumerateArray().Select(s => new ExpectedStep(
            int.Parse(s.GetProperty("no").ToString(), CultureInfo.InvariantCulture),
            s.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList(),
            s.GetProperty("shape").GetString() switch
            {
                "terminator" => MarkKind.Terminator,
                "process" => MarkKind.Process,
                "decision" => MarkKind.Decision,
                _ => null,
            })).ToList();
        return (layout, new Expected(actors, steps));
    }

    private static List<TableBlock> ProcedureTables(LayoutDocument layout) =>
        layout.Blocks.OfType<TableBlock>().Where(t => t.Cells.Any(c => c.Text == "Pelaksana")).ToList();

    private static Dictionary<string, int> ActorColumns(TableBlock table)
    {
        var group = table.Cells.Single(c => c.Text == "Pelaksana");
        return Enumerable.Range(group.Column, group.ColSpan).ToDictionary(c => table.At(group.Row + 1, c)!.Text, c => c);
    }

    private static IEnumerable<(int Row, int No)> StepRows(TableBlock table)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            if (table.At(r, 0) is { } cell && cell.Row == r && int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var no))
            {
                yield return (r, no);
            }
        }
    }
}
