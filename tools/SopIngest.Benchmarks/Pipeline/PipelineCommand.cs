namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline [--set corpus|real] [--parts perpage,stages,scaling,memory] [--rounds 2] [--copies 3] [--memory-pages 100] [--out FILE]</c>:
/// see <see cref="PipelineRun"/>. <c>--set real</c> takes the real scans of <c>../shared/real/kalbar-kominfo</c> (or
/// <c>--real DIR</c>) at their own resolution instead of the dev corpus' scans.
/// </summary>
internal static class PipelineCommand
{
    public static async Task<int> RunAsync(string corpus, IReadOnlyList<string> args)
    {
        var line = new BenchmarkArgs(args);

        var parts = (line.Option("--parts") ?? "perpage,stages,scaling,memory").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var set = line.Option("--set") ?? "corpus";
        using var pages = set switch
        {
            "corpus" => ScanPages.Extract(corpus),
            "real" => ScanPages.ExtractReal(line.Option("--real") ?? Path.Combine(SopIngest.Servers.RepoPaths.Root, "..", "shared", "real", "kalbar-kominfo")),
            _ => throw new ArgumentException($"--set {set}: expected corpus or real."),
        };
        var outPath = line.Option("--out");
        var writer = outPath is null ? Console.Out : new StreamWriter(outPath) { AutoFlush = true };
        try
        {
            await new PipelineRun(pages, writer).RunAsync(parts, line.Number("--rounds", 2), line.Number("--copies", 3), line.Number("--memory-pages", 100)).ConfigureAwait(false);
        }
        finally
        {
            if (outPath is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        return 0;
    }
}
