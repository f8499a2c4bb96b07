using System.Diagnostics;
using System.Globalization;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Scan;
using SopIngest.Tesseract;
using SopIngest.Benchmarks.Service;
using SopIngest.Servers;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// Scanned pages: the whole extraction pipeline against the bare Tesseract CLI on the same page images
/// (issue 3's benchmark). Parts, each printed as Markdown:
/// <list type="bullet">
/// <item><c>perpage</c>: per page, interleaved, <c>OMP_THREAD_LIMIT=1 tesseract IMG out -l ind</c> (a process per page)
/// against <see cref="SopExtractor.ExtractAsync"/> of the image on one warm engine; then where the pipeline's time
/// goes (reader without OCR, OCR page pass, OCR per-cell passes, parse + validate).</item>
/// <item><c>stages</c>: the scan reader's stages before OCR, one by one (see <see cref="ScanStages"/>).</item>
/// <item><c>scaling</c>: the scanned PDFs queued N times, extracted 1 and 2 at a time on one engine.</item>
/// <item><c>memory</c>: 100 pages extracted one after another in this process, memory sampled every 10 pages.</item>
/// </list>
/// </summary>
internal sealed class PipelineRun(ScanPages pages, TextWriter output)
{
    public async Task RunAsync(IReadOnlySet<string> parts, int rounds, int copies, int memoryPages)
    {
        var commit = await ReleaseOutputs.CommitAsync(RepoPaths.Root).ConfigureAwait(false);
        output.WriteLine(Invariant($"Pipeline vs bare Tesseract CLI: {pages.Pages.Count} page images, {Environment.ProcessorCount} cores, load average {CpuClock.LoadAverage()}, git HEAD at run time {commit} (the binary may be older: see the build)."));
        output.WriteLine();
        if (parts.Contains("perpage"))
        {
            await PerPageAsync(rounds).ConfigureAwait(false);
        }
        if (parts.Contains("stages"))
        {
            ScanStages.Run(pages, output);
        }
        if (parts.Contains("scaling"))
        {
            await ScalingAsync(copies).ConfigureAwait(false);
        }
        if (parts.Contains("memory"))
        {
            await MemoryAsync(memoryPages).ConfigureAwait(false);
        }
        output.WriteLine(Invariant($"Load average at the end: {CpuClock.LoadAverage()}."));
    }

    private async Task PerPageAsync(int rounds)
    {
        // Build before anything else runs OpenCV (ScanReader's constructor note), and before the first Tesseract call.
        var created = Stopwatch.GetTimestamp();
        using var engine = SopEngine.Create();
        var createSeconds = Stopwatch.GetElapsedTime(created).TotalSeconds;
        using var pool = new TesseractOcr(new TesseractOcrOptions { Engine = new TesseractOptions { Languages = new ScanOptions().Language }, MaxEngines = 1 });
        var timed = new TimedOcr(pool);
        using var timedReader = new ScanReader(timed);
        var profiled = new SopExtractor([timedReader]);

        var first = pages.Pages[0];
        var cliWarm = Cli(first);
        var (warmWall, warmCpu) = await PipelineAsync(engine.Extractor, first).ConfigureAwait(false);
        await PipelineAsync(profiled, first).ConfigureAwait(false);
        output.WriteLine(Invariant($"### Per page ({rounds} rounds, interleaved; median of the rounds)"));
        output.WriteLine();
        output.WriteLine(Invariant($"Warm-up, not counted: SopEngine.Create {createSeconds:0.00} s; first ExtractAsync ({first.Name}) {warmWall:0.00} s wall, {warmCpu:0.00} CPU s (engine creation, JIT, OpenCV load); first CLI run {cliWarm.Wall:0.00} s. Load average {CpuClock.LoadAverage()}."));
        output.WriteLine();

        var cli = pages.Pages.ToDictionary(p => p, _ => new List<(double Wall, double Cpu)>());
        var pipeline = pages.Pages.ToDictionary(p => p, _ => new List<(double Wall, double Cpu)>());
        var stages = pages.Pages.ToDictionary(p => p, _ => new List<Stages>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages.Pages)
            {
                cli[page].Add(Cli(page));
                pipeline[page].Add(await PipelineAsync(engine.Extractor, page).ConfigureAwait(false));
                stages[page].Add(await ProfileAsync(profiled, timed, page).ConfigureAwait(false));
            }
            output.WriteLine(Invariant($"- round {round + 1} done, load average {CpuClock.LoadAverage()}"));
        }
        output.WriteLine();

        output.WriteLine("| page | pixels | CLI s | pipeline s | ratio | CLI CPU s | pipeline CPU s | CPU ratio | pipeline's OCR calls alone, CPU ratio |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        double cliWall = 0, pipeWall = 0, cliCpu = 0, pipeCpu = 0, ocrCpu = 0;
        foreach (var page in pages.Pages)
        {
            var c = (Wall: Median(cli[page].Select(x => x.Wall)), Cpu: Median(cli[page].Select(x => x.Cpu)));
            var p = (Wall: Median(pipeline[page].Select(x => x.Wall)), Cpu: Median(pipeline[page].Select(x => x.Cpu)));
            var s = stages[page];
            // The OCR calls' share of the profiled run (page pass and cell reads), applied to the pipeline's CPU time.
            var ocrShare = Median(s.Select(x => (x.PageOcr + x.CellOcr) / x.Total));
            var ocrOnly = p.Cpu * ocrShare;
            cliWall += c.Wall;
            pipeWall += p.Wall;
            cliCpu += c.Cpu;
            pipeCpu += p.Cpu;
            ocrCpu += ocrOnly;
            output.WriteLine(Invariant($"| {page.Name} | {Pixels(page)} | {c.Wall:0.00} | {p.Wall:0.00} | {p.Wall / c.Wall:0.00}x | {c.Cpu:0.00} | {p.Cpu:0.00} | {p.Cpu / c.Cpu:0.00}x | {ocrOnly / c.Cpu:0.00}x |"));
        }
        output.WriteLine(Invariant($"| **all {pages.Pages.Count} pages** | | **{cliWall:0.0}** | **{pipeWall:0.0}** | **{pipeWall / cliWall:0.00}x** | **{cliCpu:0.0}** | **{pipeCpu:0.0}** | **{pipeCpu / cliCpu:0.00}x** | **{ocrCpu / cliCpu:0.00}x** |"));
        output.WriteLine();

        output.WriteLine("### Where the pipeline's time goes (instrumented run: ReadLayoutAsync, timed OCR calls, Finish; wall s, median)");
        output.WriteLine();
        output.WriteLine("| page | total | decode + prep + grid + shapes + clean + assemble | OCR page pass (bands around the tables) | OCR cell reads (calls) | parse + validate (Finish) | CLI |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var sums = new double[6];
        foreach (var page in pages.Pages)
        {
            var s = stages[page];
            double M(Func<Stages, double> f) => Median(s.Select(f));
            var row = new[] { M(x => x.Total), M(x => x.Read - x.PageOcr - x.CellOcr), M(x => x.PageOcr), M(x => x.CellOcr), M(x => x.Finish), Median(cli[page].Select(x => x.Wall)) };
            for (var i = 0; i < row.Length; i++)
            {
                sums[i] += row[i];
            }
            output.WriteLine(Invariant($"| {page.Name} | {row[0]:0.00} | {row[1]:0.00} | {row[2]:0.00} | {row[3]:0.00} ({s[0].CellCalls}) | {row[4]:0.000} | {row[5]:0.00} |"));
        }
        output.WriteLine(Invariant($"| **all** | **{sums[0]:0.0}** | **{sums[1]:0.0}** ({sums[1] / sums[0]:P0}) | **{sums[2]:0.0}** ({sums[2] / sums[0]:P0}) | **{sums[3]:0.0}** ({sums[3] / sums[0]:P0}) | **{sums[4]:0.00}** ({sums[4] / sums[0]:P1}) | {sums[5]:0.0} |"));
        output.WriteLine();
    }

    private async Task ScalingAsync(int copies)
    {
        var documents = Enumerable.Range(0, copies).SelectMany(_ => pages.Pdfs)
            .Select(p => DocumentInput.Create(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        var pageCount = documents.Sum(d => UglyToad.PdfPig.PdfDocument.Open(d.Content.ToArray()).NumberOfPages);
        output.WriteLine(Invariant($"### Throughput: {documents.Count} scanned PDFs ({pages.Pdfs.Count} x {copies}, {pageCount} pages) queued"));
        output.WriteLine();
        output.WriteLine("| pages in parallel within a document (ScanOptions.Parallelism) | documents at once | wall s | pages/s | speed-up | CPU s | CPU s/page | load average |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|");
        double? reference = null;
        foreach (var (parallelism, concurrent) in new[] { (1, 1), (2, 1), (1, 2), (2, 2) })
        {
            using var engine = SopEngine.Create(new EngineOptions { Scan = new ScanOptions { Parallelism = parallelism } });
            // Warm the engine pool and JIT on one page, not counted.
            await engine.Extractor.ExtractAsync(DocumentInput.Create(pages.Pages[0].Path, pages.Pages[0].Bytes)).ConfigureAwait(false);
            var cpu = CpuClock.Self();
            var started = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = concurrent },
                async (document, ct) => await engine.Extractor.ExtractAsync(document, cancellationToken: ct).ConfigureAwait(false)).ConfigureAwait(false);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var used = CpuClock.Self() - cpu;
            reference ??= wall;
            output.WriteLine(Invariant($"| {parallelism} | {concurrent} | {wall:0.0} | {pageCount / wall:0.00} | {reference.Value / wall:0.00}x | {used:0.0} | {used / pageCount:0.00} | {CpuClock.LoadAverage()} |"));
        }
        output.WriteLine();
    }

    private async Task MemoryAsync(int total)
    {
        using var engine = SopEngine.Create();
        using var self = Process.GetCurrentProcess();
        output.WriteLine(Invariant($"### Memory: {total} scanned pages extracted one after another in one process (single-page inputs, corpus pages in turn)"));
        output.WriteLine();
        output.WriteLine("| pages done | working set MB | peak working set MB | managed heap MB (GC.GetTotalMemory) | elapsed s | load average |");
        output.WriteLine("|---:|---:|---:|---:|---:|---|");
        var started = Stopwatch.GetTimestamp();
        void Sample(int done)
        {
            self.Refresh();
            output.WriteLine(Invariant($"| {done} | {self.WorkingSet64 / 1048576.0:0} | {self.PeakWorkingSet64 / 1048576.0:0} | {GC.GetTotalMemory(false) / 1048576.0:0} | {Stopwatch.GetElapsedTime(started).TotalSeconds:0} | {CpuClock.LoadAverage()} |"));
            output.Flush();
        }
        Sample(0);
        for (var done = 1; done <= total; done++)
        {
            var page = pages.Pages[(done - 1) % pages.Pages.Count];
            await engine.Extractor.ExtractAsync(DocumentInput.Create(page.Path, page.Bytes)).ConfigureAwait(false);
            if (done % 10 == 0)
            {
                Sample(done);
            }
        }
        output.WriteLine();
    }

    /// <summary>The bare CLI on the page image, as a shell would run it: a process, model load included.</summary>
    private static (double Wall, double Cpu) Cli(ScanPage page)
    {
        var start = new ProcessStartInfo("tesseract") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(page.Path);
        start.ArgumentList.Add(Path.Combine(Path.GetDirectoryName(page.Path)!, "cli-out"));
        start.ArgumentList.Add("-l");
        start.ArgumentList.Add("ind");
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        var cpu = CpuClock.Children();
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start: apt-get install tesseract-ocr tesseract-ocr-ind.");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tesseract failed on {page.Path} ({process.ExitCode}).");
        }
        return (wall, CpuClock.Children() - cpu);
    }

    private static async Task<(double Wall, double Cpu)> PipelineAsync(SopExtractor extractor, ScanPage page)
    {
        var input = DocumentInput.Create(page.Path, page.Bytes);
        var cpu = CpuClock.Self();
        var started = Stopwatch.GetTimestamp();
        var document = await extractor.ExtractAsync(input).ConfigureAwait(false);
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        GC.KeepAlive(document);
        return (wall, CpuClock.Self() - cpu);
    }

    private static async Task<Stages> ProfileAsync(SopExtractor extractor, TimedOcr timed, ScanPage page)
    {
        var input = DocumentInput.Create(page.Path, page.Bytes);
        timed.Reset();
        var started = Stopwatch.GetTimestamp();
        var layout = await extractor.ReadLayoutAsync(input).ConfigureAwait(false);
        var read = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var finishing = Stopwatch.GetTimestamp();
        var document = SopExtractor.Finish(input, layout);
        var finish = Stopwatch.GetElapsedTime(finishing).TotalSeconds;
        GC.KeepAlive(document);
        return new Stages(read + finish, read, finish, timed.PageSeconds, timed.CellSeconds, timed.CellCalls);
    }

    private static string Pixels(ScanPage page)
    {
        using var image = OcrImage.FromEncoded(page.Bytes);
        return Invariant($"{image.Width}x{image.Height}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Stages(double Total, double Read, double Finish, double PageOcr, double CellOcr, int CellCalls);
}
