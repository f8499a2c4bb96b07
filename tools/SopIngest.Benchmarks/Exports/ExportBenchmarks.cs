using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Markdig;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Benchmarks.Exports;

/// <summary>
/// Throughput of the export path (Markdown, HTML, text) per corpus document, split by stage:
/// <c>Extract</c> = the whole pipeline, <c>ReadLayout</c> = the reader alone, <c>Finish</c> = parser and
/// validator alone on the reader's layout. <c>Baseline</c> is the third-party parse the reader starts from
/// (Markdig to HTML, AngleSharp parse; for text, splitting into lines), so the ratio says what our own code costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExportsConfig))]
public class ExportBenchmarks
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private SopEngine _engine = null!;
    private DocumentInput _input = null!;
    private LayoutDocument _layout = null!;
    private string _text = "";

    /// <summary>fixtures/corpus, set by Program from --corpus.</summary>
    public static string CorpusFolder { get; set; } = "";

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(CorpusFolder)
            .Where(f => Path.GetExtension(f) is ".md" or ".html" or ".txt" && !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFolder, Document));
        _text = System.Text.Encoding.UTF8.GetString(bytes);
        _engine = SopEngine.Create();
        _input = DocumentInput.Create(Document, bytes);
        _layout = _engine.Extractor.ReadLayoutAsync(_input).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark(Baseline = true)]
    public int Baseline() => _input.MediaType switch
    {
        MediaTypes.Markdown => Markdig.Markdown.ToHtml(_text, Markdown).Length,
        MediaTypes.Html => new HtmlParser().ParseDocument(_text).All.Length,
        _ => _text.Split('\n').Length,
    };

    [Benchmark]
    public Task<SopDocument> Extract() => _engine.Extractor.ExtractAsync(_input);

    [Benchmark]
    public Task<LayoutDocument> ReadLayout() => _engine.Extractor.ReadLayoutAsync(_input);

    [Benchmark]
    public SopDocument Finish() => SopExtractor.Finish(_input, _layout);
}
