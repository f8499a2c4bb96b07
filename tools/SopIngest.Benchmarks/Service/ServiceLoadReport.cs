using System.Globalization;

namespace SopIngest.Benchmarks.Service;

/// <summary>The markdown for docs/BENCHMARKS.md: documents/minute and the per-document overhead, with the conditions.</summary>
internal sealed record ServiceLoadReport(
    string Command, DateTimeOffset Started, DateTimeOffset Ended, string Commit, double LoadStart, double LoadEnd, double LoadMax,
    IReadOnlyList<int> WorkerCounts, int FilesPerRequest, IReadOnlyList<BatchResult> Results)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public bool Overloaded => Math.Max(LoadStart, Math.Max(LoadEnd, LoadMax)) > Environment.ProcessorCount;

    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("## Service load: documents/minute against the bare CLI");
        writer.WriteLine();
        writer.WriteLine($"`{Command}`");
        writer.WriteLine();
        writer.WriteLine(string.Create(Invariant, $"{Started:yyyy-MM-dd HH:mm}-{Ended:HH:mm} UTC, commit {Commit}, {Environment.ProcessorCount} cores, load average (1 min) {LoadStart:0.00} at the start, {LoadEnd:0.00} at the end, at most {LoadMax:0.00} in between."));
        if (Overloaded)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(Invariant, $"**Warning:** the load average exceeded the {Environment.ProcessorCount} cores: other work shared the CPUs, so the wall-clock figures are inflated and the ratios only indicative."));
        }
        writer.WriteLine();
        writer.WriteLine("Release build; PostgreSQL 15 and Azurite on 127.0.0.1; one `Web` process plus N `Worker` processes with " +
            "`Jobs:WorkerCount=1` and `OMP_THREAD_LIMIT=1`, a fresh database and container per cell. The client uploads in requests of " +
            FilesPerRequest.ToString(Invariant) + " files and polls `GET /api/documents` every 250 ms until every document has finished; " +
            "time runs from the first upload to the poll that sees the last one finished. The CLI (`sopingest extract FILES --out DIR`, " +
            "one process, start included, `OMP_THREAD_LIMIT=1`) extracts the same files first.");
        writer.WriteLine();

        writer.WriteLine("| batch | CLI | " + string.Join(" | ", WorkerCounts.Select(Workers)) + " |");
        writer.WriteLine("|---|---|" + string.Concat(WorkerCounts.Select(_ => "---|")));
        foreach (var result in Results)
        {
            var batch = result.Batch;
            var cells = new List<string> { $"{batch.Label} ({batch.Description})", Rate(batch, result.Cli.Elapsed) };
            cells.AddRange(result.Service.Select(s =>
                Rate(batch, s.Elapsed, string.Create(Invariant, $"; upload {Seconds(s.UploadElapsed)}"))));
            writer.WriteLine("| " + string.Join(" | ", cells) + " |");
        }
        writer.WriteLine();

        writer.WriteLine("Per document (wall time / documents), and the service's overhead against the CLI in the same run:");
        writer.WriteLine();
        writer.WriteLine("| batch | CLI | " + string.Join(" | ", WorkerCounts.Select(Workers)) + " |");
        writer.WriteLine("|---|---|" + string.Concat(WorkerCounts.Select(_ => "---|")));
        foreach (var result in Results)
        {
            var count = result.Batch.Files.Count;
            var cli = result.Cli.Elapsed / count;
            var cells = new List<string> { result.Batch.Label, Duration(cli) };
            cells.AddRange(result.Service.Select(s =>
            {
                var service = s.Elapsed / count;
                var overhead = service - cli;
                return $"{Duration(service)} ({(overhead >= TimeSpan.Zero ? "+" : "-")}{Duration(overhead.Duration())})";
            }));
            writer.WriteLine("| " + string.Join(" | ", cells) + " |");
        }
        writer.WriteLine();

        writer.WriteLine("Outcome:");
        writer.WriteLine();
        foreach (var result in Results)
        {
            var count = result.Batch.Files.Count;
            writer.WriteLine($"- {result.Batch.Label}, CLI: {result.Cli.Describe(count)}.");
            foreach (var s in result.Service)
            {
                var statuses = string.Join(", ", s.Statuses.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(Invariant, $"{p.Value} {p.Key}")));
                var same = s.Titles.Count(t => result.Cli.Titles.TryGetValue(t.Key, out var title) && string.Equals(title, t.Value, StringComparison.Ordinal));
                writer.WriteLine(string.Create(Invariant, $"- {result.Batch.Label}, {Workers(s.Workers)}: {statuses}; title as the CLI read it: {same} of {count}."));
            }
        }
    }

    private static string Workers(int count) =>
        string.Create(Invariant, $"service, {count} worker{(count == 1 ? "" : "s")}");

    private static string Rate(LoadBatch batch, TimeSpan elapsed, string extra = "")
    {
        var minutes = elapsed.TotalMinutes;
        var docs = batch.Files.Count / minutes;
        var pages = batch.Pages != batch.Files.Count ? string.Create(Invariant, $", {batch.Pages / minutes:0.0} pages/min") : "";
        return string.Create(Invariant, $"{Seconds(elapsed)} ({(docs >= 100 ? docs.ToString("N0", Invariant) : docs.ToString("0.0", Invariant))} docs/min{pages}{extra})");
    }

    private static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds >= 100 ? string.Create(Invariant, $"{elapsed.TotalSeconds:0} s") : string.Create(Invariant, $"{elapsed.TotalSeconds:0.0} s");

    private static string Duration(TimeSpan duration) =>
        duration.TotalSeconds >= 1 ? string.Create(Invariant, $"{duration.TotalSeconds:0.0} s") : string.Create(Invariant, $"{duration.TotalMilliseconds:0} ms");
}
