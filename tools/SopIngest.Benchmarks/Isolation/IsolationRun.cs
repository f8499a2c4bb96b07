using System.Diagnostics;
using System.Globalization;
using SopIngest.Benchmarks.Pipeline;
using SopIngest.Benchmarks.Service;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Isolation;
using SopIngest.Servers;

namespace SopIngest.Benchmarks.Isolation;

/// <summary>
/// What isolation costs (issue 12): the same documents, in the same run, interleaved document by document, through
/// the engine in this process (<see cref="SopEngine"/>, as before) and through one warm reader process
/// (<see cref="IsolatedExtractor"/>, as the CLI and the workers now read). Wall time, and CPU time of this process
/// plus the reader's (from /proc), per scanned page and per export; then the one-off cost of starting a reader.
/// </summary>
internal sealed class IsolationRun(ScanPages pages, IReadOnlyList<DocumentInput> exports, TextWriter output)
{
    public async Task RunAsync(int rounds, int exportRounds)
    {
        var commit = await ReleaseOutputs.CommitAsync(RepoPaths.Root).ConfigureAwait(false);
        output.WriteLine(Invariant($"Isolation overhead: {pages.Pages.Count} scanned page images, {exports.Count} exports, {Environment.ProcessorCount} cores, load average {CpuClock.LoadAverage()}, git HEAD {commit}."));
        output.WriteLine();
        using var engine = SopEngine.Create();
        // No recycling while measuring: a new reader's start (reported below) would land on one document.
        await using var isolated = new IsolatedExtractor(new IsolationOptions { RecycleAfterDocuments = int.MaxValue });
        var start = await StartCostAsync().ConfigureAwait(false);
        // Warm both sides on every document once (JIT, OCR engines, reader process), not counted.
        foreach (var input in pages.Pages.Select(p => DocumentInput.Create(p.Path, p.Bytes)).Concat(exports))
        {
            await engine.Extractor.ExtractAsync(input).ConfigureAwait(false);
            await isolated.ExtractAsync(input).ConfigureAwait(false);
        }
        await ScannedAsync(engine, isolated, rounds).ConfigureAwait(false);
        await ExportsAsync(engine, isolated, exportRounds).ConfigureAwait(false);
        output.WriteLine(Invariant($"One-off, per reader process: start to ready (runtime start and engine build) {start.Ready:0.00} s wall; first document after it (sop-dev-017.txt, JIT in the reader) {start.First * 1000:0} ms. Reader processes started in the run: {isolated.ProcessesStarted}."));
        output.WriteLine();
        output.WriteLine(Invariant($"Load average at the end: {CpuClock.LoadAverage()}."));
    }

    private async Task<(double Ready, double First)> StartCostAsync()
    {
        await using var cold = new IsolatedExtractor();
        var started = Stopwatch.GetTimestamp();
        cold.WarmUp();
        await cold.ExtractAsync(exports[0]).ConfigureAwait(false); // waits for the reader, then reads
        var ready = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var second = Stopwatch.GetTimestamp();
        await cold.ExtractAsync(exports[^1]).ConfigureAwait(false);
        return (ready - Stopwatch.GetElapsedTime(second).TotalSeconds, Stopwatch.GetElapsedTime(second).TotalSeconds);
    }

    private async Task ScannedAsync(SopEngine engine, IsolatedExtractor isolated, int rounds)
    {
        var local = pages.Pages.ToDictionary(p => p, _ => new List<(double Wall, double Cpu)>());
        var remote = pages.Pages.ToDictionary(p => p, _ => new List<(double Wall, double Cpu)>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages.Pages)
            {
                var input = DocumentInput.Create(page.Path, page.Bytes);
                local[page].Add(await InProcessAsync(engine, input).ConfigureAwait(false));
                remote[page].Add(await IsolatedAsync(isolated, input).ConfigureAwait(false));
            }
            output.WriteLine(Invariant($"- scanned pages, round {round + 1} of {rounds} done, load average {CpuClock.LoadAverage()}"));
        }
        output.WriteLine();
        output.WriteLine(Invariant($"### Scanned pages ({rounds} rounds, interleaved page by page; median of the rounds)"));
        output.WriteLine();
        output.WriteLine("| page | bytes | in-process s | isolated s | wall overhead | in-process CPU s | isolated CPU s (host + reader) | CPU overhead |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double lw = 0, rw = 0, lc = 0, rc = 0;
        foreach (var page in pages.Pages)
        {
            var l = (Wall: Median(local[page].Select(x => x.Wall)), Cpu: Median(local[page].Select(x => x.Cpu)));
            var r = (Wall: Median(remote[page].Select(x => x.Wall)), Cpu: Median(remote[page].Select(x => x.Cpu)));
            (lw, rw, lc, rc) = (lw + l.Wall, rw + r.Wall, lc + l.Cpu, rc + r.Cpu);
            output.WriteLine(Invariant($"| {page.Name} | {page.Bytes.Length} | {l.Wall:0.000} | {r.Wall:0.000} | {Percent(r.Wall, l.Wall)} | {l.Cpu:0.00} | {r.Cpu:0.00} | {Percent(r.Cpu, l.Cpu)} |"));
        }
        output.WriteLine(Invariant($"| **all {pages.Pages.Count} pages** | | **{lw:0.00}** | **{rw:0.00}** | **{Percent(rw, lw)}** ({(rw - lw) / pages.Pages.Count * 1000:0} ms a page) | **{lc:0.00}** | **{rc:0.00}** | **{Percent(rc, lc)}** ({(rc - lc) / pages.Pages.Count * 1000:0} ms a page) |"));
        output.WriteLine();
    }

    private async Task ExportsAsync(SopEngine engine, IsolatedExtractor isolated, int rounds)
    {
        var local = exports.ToDictionary(e => e, _ => (Wall: 0.0, Cpu: 0.0));
        var remote = exports.ToDictionary(e => e, _ => (Wall: 0.0, Cpu: 0.0));
        for (var round = 0; round < rounds; round++)
        {
            foreach (var input in exports)
            {
                var l = await InProcessAsync(engine, input).ConfigureAwait(false);
                var r = await IsolatedAsync(isolated, input).ConfigureAwait(false);
                local[input] = (local[input].Wall + l.Wall, local[input].Cpu + l.Cpu);
                remote[input] = (remote[input].Wall + r.Wall, remote[input].Cpu + r.Cpu);
            }
        }
        output.WriteLine(Invariant($"### Exports ({rounds} rounds, interleaved document by document; mean per document)"));
        output.WriteLine();
        output.WriteLine("| document | bytes | in-process ms | isolated ms | wall overhead | in-process CPU ms | isolated CPU ms (host + reader) | CPU overhead |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double lw = 0, rw = 0, lc = 0, rc = 0;
        foreach (var input in exports)
        {
            var l = (Wall: local[input].Wall / rounds * 1000, Cpu: local[input].Cpu / rounds * 1000);
            var r = (Wall: remote[input].Wall / rounds * 1000, Cpu: remote[input].Cpu / rounds * 1000);
            (lw, rw, lc, rc) = (lw + l.Wall, rw + r.Wall, lc + l.Cpu, rc + r.Cpu);
            output.WriteLine(Invariant($"| {input.FileName} | {input.Content.Length} | {l.Wall:0.00} | {r.Wall:0.00} | {Percent(r.Wall, l.Wall)} | {l.Cpu:0.0} | {r.Cpu:0.0} | {Percent(r.Cpu, l.Cpu)} |"));
        }
        var n = exports.Count;
        output.WriteLine(Invariant($"| **mean of {n}** | | **{lw / n:0.00}** | **{rw / n:0.00}** | **{Percent(rw, lw)}** (+{(rw - lw) / n:0.00} ms) | **{lc / n:0.0}** | **{rc / n:0.0}** | **{Percent(rc, lc)}** (+{(rc - lc) / n:0.0} ms) |"));
        output.WriteLine();
        output.WriteLine("CPU is sampled from /proc in clock ticks (10 ms), so per-export CPU figures are means over many ticks' worth of rounds; the wall figures are the sharper ones here.");
        output.WriteLine();
    }

    private static async Task<(double Wall, double Cpu)> InProcessAsync(SopEngine engine, DocumentInput input)
    {
        var cpu = CpuClock.Self();
        var started = Stopwatch.GetTimestamp();
        GC.KeepAlive(await engine.Extractor.ExtractAsync(input).ConfigureAwait(false));
        return (Stopwatch.GetElapsedTime(started).TotalSeconds, CpuClock.Self() - cpu);
    }

    private static async Task<(double Wall, double Cpu)> IsolatedAsync(IsolatedExtractor isolated, DocumentInput input)
    {
        var readers = isolated.ProcessIds;
        var cpu = CpuClock.Self() + ProcessCpu.Of(readers);
        var started = Stopwatch.GetTimestamp();
        GC.KeepAlive(await isolated.ExtractAsync(input).ConfigureAwait(false));
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (!isolated.ProcessIds.SequenceEqual(readers))
        {
            throw new InvalidOperationException("The reader process changed during a measured document; its CPU time cannot be counted.");
        }
        return (wall, CpuClock.Self() + ProcessCpu.Of(readers) - cpu);
    }

    private static string Percent(double isolated, double local) =>
        local <= 0 ? "n/a" : ((isolated - local) / local).ToString("+0.0 %;-0.0 %;0.0 %", CultureInfo.InvariantCulture);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
