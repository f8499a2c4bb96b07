using System.Diagnostics;
using System.Globalization;
using System.Text;
using SopIngest.Benchmarks.Corpus;
using SopIngest.Tesseract;

namespace SopIngest.Benchmarks.Quality;

/// <summary>
/// Reads every OCR corpus page under each configuration and reports, per document and in total, the word recall
/// against the expected JSON, Tesseract's mean confidence and the seconds per page; then the wall time of the
/// whole corpus with 1 and with 2 engines in parallel. Pages are given to Tesseract as the source holds them
/// (no deskew or illumination fix): this measures the binding and Tesseract's settings, not image preparation.
/// </summary>
internal sealed class OcrQualityRun(IReadOnlyList<OcrDocument> documents, TextWriter output)
{
    public static readonly IReadOnlyList<OcrConfiguration> Configurations =
    [
        new("auto ind", "ind", PageSegMode.Auto),
        new("auto ind (no dpi)", "ind", PageSegMode.Auto, UseSourceDpi: false),
        new("auto ind+eng", "ind+eng", PageSegMode.Auto),
        new("sparse ind", "ind", PageSegMode.SparseText),
        new("single-column ind", "ind", PageSegMode.SingleColumn),
    ];

    public void Run(IReadOnlyList<OcrConfiguration> configurations, bool limitOpenMp)
    {
        // Before anything else touches Tesseract: the first load decides the OpenMP limit of the process.
        TesseractLibrary.Load(limitOpenMp);
        var pageCount = documents.Sum(d => d.Pages.Count);
        output.WriteLine(Invariant($"Tesseract {TesseractLibrary.Version}, OpenMP thread limit {Describe(TesseractLibrary.OpenMpThreadLimit)}, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {documents.Count} documents, {pageCount} pages."));
        output.WriteLine();
        var images = documents.ToDictionary(d => d.Name, d => d.Pages.Select(p => OcrImage.FromEncoded(p.Encoded)).ToList());
        try
        {
            foreach (var configuration in configurations)
            {
                Quality(configuration, images, limitOpenMp);
            }
            Throughput(configurations[0], images, limitOpenMp);
            output.WriteLine(Invariant($"Load average at the end: {LoadAverage()}."));
        }
        finally
        {
            foreach (var image in images.Values.SelectMany(i => i))
            {
                image.Dispose();
            }
        }
    }

    private void Quality(OcrConfiguration configuration, Dictionary<string, List<OcrImage>> images, bool limitOpenMp)
    {
        using var engine = new TesseractEngine(new TesseractOptions { Languages = configuration.Languages, LimitOpenMpThreads = limitOpenMp });
        output.WriteLine($"## {configuration.Name}");
        output.WriteLine();
        output.WriteLine("| document | format | pages | word recall | mean confidence | s/page | CPU s/page |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        int totalFound = 0, totalExpected = 0, pages = 0;
        double seconds = 0, cpuSeconds = 0, confidence = 0;
        foreach (var document in documents)
        {
            var recognised = new List<string>();
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = CpuSeconds();
            double documentConfidence = 0;
            for (var i = 0; i < document.Pages.Count; i++)
            {
                var request = new OcrRequest { PageSegMode = configuration.Mode, Dpi = configuration.UseSourceDpi ? document.Pages[i].Dpi : null };
                var page = engine.Recognize(images[document.Name][i], request);
                recognised.AddRange(ExpectedWords.Tokens(page.Text));
                documentConfidence += page.MeanConfidence;
            }
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var cpu = CpuSeconds() - cpuStarted;
            var (found, expected) = WordRecall.Measure(document.ExpectedWords, recognised);
            totalFound += found;
            totalExpected += expected;
            pages += document.Pages.Count;
            seconds += elapsed;
            cpuSeconds += cpu;
            confidence += documentConfidence;
            output.WriteLine(Invariant($"| {document.Name} | {document.Format} | {document.Pages.Count} | {(double)found / expected:P1} | {documentConfidence / document.Pages.Count:0.00} | {elapsed / document.Pages.Count:0.00} | {cpu / document.Pages.Count:0.00} |"));
        }
        output.WriteLine(Invariant($"| **all** | | {pages} | **{(double)totalFound / totalExpected:P1}** | {confidence / pages:0.00} | {seconds / pages:0.00} | {cpuSeconds / pages:0.00} |"));
        output.WriteLine();
    }

    private void Throughput(OcrConfiguration configuration, Dictionary<string, List<OcrImage>> images, bool limitOpenMp)
    {
        var work = documents.SelectMany(d => d.Pages.Select((p, i) => (Image: images[d.Name][i], p.Dpi))).ToList();
        output.WriteLine($"## throughput ({configuration.Name}, all {work.Count} pages)");
        output.WriteLine();
        output.WriteLine("| engines | wall s | pages/min | CPU s |");
        output.WriteLine("|---:|---:|---:|---:|");
        foreach (var engines in new[] { 1, 2 })
        {
            var options = new TesseractOcrOptions
            {
                MaxEngines = engines,
                Engine = new TesseractOptions { Languages = configuration.Languages, LimitOpenMpThreads = limitOpenMp },
            };
            using var ocr = new TesseractOcr(options);
            var started = Stopwatch.GetTimestamp();
            var cpuStarted = CpuSeconds();
            Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = engines },
                item => ocr.Recognize(item.Image, new OcrRequest { PageSegMode = configuration.Mode, Dpi = item.Dpi }));
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            output.WriteLine(Invariant($"| {engines} | {elapsed:0.0} | {work.Count / elapsed * 60:0.0} | {CpuSeconds() - cpuStarted:0.0} |"));
        }
        output.WriteLine();
    }

    /// <summary>
    /// CPU time of this process, all threads: unlike wall time it hardly moves when other work shares the cores,
    /// and it shows OpenMP's cost (its threads spin while they wait).
    /// </summary>
    private static double CpuSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The 1-minute load average: on a shared machine, timings mean little when it is above the core count.</summary>
    private static string LoadAverage() => Pipeline.CpuClock.LoadAverages()?[0] ?? "n/a";

    private static string Describe(int? limit) => limit switch
    {
        null => "n/a (no OpenMP)",
        int.MaxValue => "none",
        { } l => l.ToString(CultureInfo.InvariantCulture),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
