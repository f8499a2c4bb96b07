using BenchmarkDotNet.Attributes;
using SopIngest.Tesseract;

namespace SopIngest.Benchmarks.Micro;

/// <summary>
/// The fixed costs around recognition: making an engine (model load), decoding a page image, and reading one
/// corpus page with the binding against the same page through the TSV string the CLI route would parse.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class EngineBenchmarks
{
    private TesseractEngine _engine = null!;
    private OcrImage _page = null!;
    private byte[] _encoded = [];

    /// <summary>A corpus page image (fixtures/corpus), set by Program from --corpus.</summary>
    public static string PagePath { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _encoded = File.ReadAllBytes(PagePath);
        _page = OcrImage.FromEncoded(_encoded);
        _engine = new TesseractEngine(new TesseractOptions());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _engine.Dispose();
        _page.Dispose();
    }

    [Benchmark]
    public string CreateEngine()
    {
        using var engine = new TesseractEngine(new TesseractOptions());
        return engine.Languages;
    }

    [Benchmark]
    public int DecodeImage()
    {
        using var image = OcrImage.FromEncoded(_encoded);
        return image.Width;
    }

    [Benchmark]
    public int RecognizeWithLayout() => _engine.Recognize(_page, new OcrRequest { Dpi = 200 }).Lines.Count;

    [Benchmark(Baseline = true)]
    public int RecognizeTsvOnly()
    {
        using var page = _engine.Process(_page, new OcrRequest { Dpi = 200 });
        return page.GetTsvText().Length;
    }
}
