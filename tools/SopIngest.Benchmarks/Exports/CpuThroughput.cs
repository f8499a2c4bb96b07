using System.Diagnostics;
using System.Globalization;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Benchmarks.Exports;

/// <summary>
/// Documents per CPU-second of the export pipeline, per corpus document and for the whole mix, with the
/// reader (<c>ReadLayoutAsync</c>) and the parser + validator (<c>Finish</c>) measured apart.
/// BenchmarkDotNet measures wall time, which a shared, loaded machine inflates; process CPU time (work plus
/// GC and JIT, one thread of work) is what one dedicated core would need, so this is the figure to check the
/// target with.
/// </summary>
public static class CpuThroughput
{
    public static void Run(string corpus, TextWriter output, int rounds)
    {
        using var engine = SopEngine.Create();
        ExportBenchmarks.CorpusFolder = corpus;
        var inputs = ExportBenchmarks.Documents()
            .Select(name => DocumentInput.Create(name, File.ReadAllBytes(Path.Combine(corpus, name))))
            .ToList();
        WarmUp(engine, inputs, output);
        output.WriteLine("| document | bytes | extract CPU µs | reader CPU µs | parser CPU µs | extract wall µs | docs/CPU-second | allocated KB/doc |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double extractTotal = 0, readTotal = 0, finishTotal = 0;
        foreach (var input in inputs)
        {
            var layout = engine.Extractor.ReadLayoutAsync(input).GetAwaiter().GetResult();
            var (extract, wall, allocated) = Measure(rounds, () => engine.Extractor.ExtractAsync(input).GetAwaiter().GetResult());
            var (read, _, _) = Measure(rounds, () => engine.Extractor.ReadLayoutAsync(input).GetAwaiter().GetResult());
            var (finish, _, _) = Measure(rounds, () => SopExtractor.Finish(input, layout));
            extractTotal += extract;
            readTotal += read;
            finishTotal += finish;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {input.FileName} | {input.Content.Length} | {extract:F0} | {read:F0} | {finish:F0} | {wall:F0} | {1e6 / extract:F0} | {allocated:F0} |"));
        }
        var n = inputs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **corpus mix ({n} exports, mean)** | | **{extractTotal / n:F0}** | **{readTotal / n:F0}** | **{finishTotal / n:F0}** | | **{1e6 * n / extractTotal:F0}** | |"));
    }

    /// <summary>
    /// The whole corpus extracted over and over for a few seconds before anything is measured, so the code measured
    /// is the optimised code a running service executes (.NET first runs freshly compiled, unoptimised code and
    /// recompiles hot methods in the background). Without it the first documents of the list were measured on
    /// that first-pass code and read up to 8x slower than in steady state.
    /// </summary>
    private static void WarmUp(SopEngine engine, List<DocumentInput> inputs, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var passes = 0;
        while (clock.Elapsed < WarmUpTime)
        {
            foreach (var input in inputs)
            {
                engine.Extractor.ExtractAsync(input).GetAwaiter().GetResult();
            }
            passes++;
        }
        // Let the background compiler finish what the warm-up queued.
        Thread.Sleep(TimeSpan.FromMilliseconds(500));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Warm-up: {passes} passes over the {inputs.Count} documents in {clock.Elapsed.TotalSeconds:F1} s, not counted."));
        output.WriteLine();
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    /// <summary>Mean process CPU µs, wall µs and allocated KB per call, after a warm-up of a tenth of the rounds.</summary>
    private static (double Cpu, double Wall, double AllocatedKb) Measure(int rounds, Action work)
    {
        for (var i = 0; i < Math.Max(20, rounds / 10); i++)
        {
            work();
        }
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            work();
        }
        wall.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - cpuBefore).TotalMicroseconds / rounds,
            wall.Elapsed.TotalMicroseconds / rounds,
            (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / rounds);
    }
}
