using System.Diagnostics;
using System.Globalization;
using SopIngest.Benchmarks.Pipeline;
using SopIngest.Benchmarks.Service;
using SopIngest.HostileFiles;
using SopIngest.Servers;

namespace SopIngest.Benchmarks.Isolation;

/// <summary>
/// The hostile set through the built CLI, as a user would run it (<c>sopingest extract FILES --out DIR</c>, one
/// process, its reader processes below it), with three good files among them: exit code, one error line per hostile
/// file and whether it names the expected limit, stack traces, the good files' JSON, wall time, and the peak
/// resident memory of every process of the run (VmHWM, sampled every 20 ms).
/// </summary>
internal sealed class HostileRun(string corpus, TextWriter output)
{
    private static readonly string[] Good = ["sop-dev-001.md", "sop-dev-021.pdf", "sop-dev-031.png"];

    public async Task<int> RunAsync(bool build)
    {
        var (_, cliDll) = await ReleaseOutputs.LocateAsync(RepoPaths.Root, build, output).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("sopingest-hostile-");
        try
        {
            var hostile = HostileSet.WriteTo(Path.Combine(work.FullName, "in"));
            var good = Good.Select(g =>
            {
                var target = Path.Combine(work.FullName, "in", g);
                File.Copy(Path.Combine(corpus, g), target);
                return target;
            }).ToList();
            List<string> files = [.. hostile.Take(hostile.Count / 2), .. good, .. hostile.Skip(hostile.Count / 2)];
            var outDir = Path.Combine(work.FullName, "out");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in (string[])[cliDll, "extract", .. files, "--out", outDir])
            {
                start.ArgumentList.Add(argument);
            }
            var commit = await ReleaseOutputs.CommitAsync(RepoPaths.Root).ConfigureAwait(false);
            output.WriteLine(Invariant($"Hostile set through the CLI: {hostile.Count} hostile files and {good.Count} good ones, git HEAD {commit}, load average {CpuClock.LoadAverage()}."));
            output.WriteLine();
            var started = Stopwatch.GetTimestamp();
            using var cli = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var stderr = cli.StandardError.ReadToEndAsync();
            var stdout = cli.StandardOutput.ReadToEndAsync();
            var peaks = new Dictionary<int, (string Name, long Peak)>();
            while (!cli.HasExited)
            {
                foreach (var (pid, name, peak) in ProcessTree.Of(cli.Id))
                {
                    // A process that has just exited shows no command line (and so only "dotnet"): keep what was seen.
                    var known = peaks.GetValueOrDefault(pid);
                    peaks[pid] = (known.Name is { } seen && seen != "dotnet" ? seen : name, Math.Max(peak, known.Peak));
                }
                await Task.Delay(20).ConfigureAwait(false);
            }
            await cli.WaitForExitAsync().ConfigureAwait(false);
            var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var errors = (await stderr.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var traces = errors.Count(l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));

            output.WriteLine("| file | attack | outcome | expected limit named |");
            output.WriteLine("|---|---|---|---|");
            var wrong = 0;
            foreach (var file in HostileSet.All())
            {
                var line = errors.SingleOrDefault(l => l.StartsWith($"error: {file.Name}: ", StringComparison.Ordinal));
                var named = line?.Contains(file.Expected, StringComparison.Ordinal) == true;
                wrong += named ? 0 : 1;
                output.WriteLine(Invariant($"| {file.Name} | {file.Attack} | {line?["error: ".Length..] ?? "(no error line)"} | {(named ? "yes" : "**no**")} |"));
            }
            var fifo = errors.SingleOrDefault(l => l.Contains("fifo.md: a named pipe", StringComparison.Ordinal));
            wrong += fifo is null ? 1 : 0;
            output.WriteLine(Invariant($"| fifo.md | named pipe nobody writes to | {fifo?["error: ".Length..] ?? "(no error line)"} | {(fifo is null ? "**no**" : "yes")} |"));
            var written = good.Count(g => File.Exists(Path.Combine(outDir, Path.GetFileNameWithoutExtension(g) + ".json")));
            wrong += good.Count - written;
            output.WriteLine();
            output.WriteLine(Invariant($"Exit code {cli.ExitCode} (1 expected); {errors.Length} error lines for {hostile.Count} hostile files; {written} of {good.Count} good files written; {traces} stack-trace lines; {wrong} wrong outcomes; {wall:0.0} s wall."));
            output.WriteLine();
            output.WriteLine("| process | pid | peak resident memory (VmHWM) |");
            output.WriteLine("|---|---:|---:|");
            foreach (var (pid, (name, peak)) in peaks.OrderBy(p => p.Key))
            {
                output.WriteLine(Invariant($"| {name} | {pid} | {peak / 1048576.0:0} MiB |"));
            }
            output.WriteLine();
            output.WriteLine(Invariant($"Largest: {peaks.Values.Max(p => p.Peak) / 1048576.0:0} MiB. Load average at the end: {CpuClock.LoadAverage()}."));
            return cli.ExitCode == 1 && wrong == 0 && traces == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
