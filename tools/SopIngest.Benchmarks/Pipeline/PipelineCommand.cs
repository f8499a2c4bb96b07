using System.Globalization;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline [--parts perpage,stages,scaling,memory] [--rounds 2] [--copies 3] [--memory-pages 100] [--out FILE]</c>:
/// see <see cref="PipelineRun"/>.
/// </summary>
internal static class PipelineCommand
{
    public static async Task<int> RunAsync(string corpus, IReadOnlyList<string> args)
    {
        string? Option(string name)
        {
            var index = args.ToList().IndexOf(name);
            return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
        }
        int Number(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        var parts = (Option("--parts") ?? "perpage,stages,scaling,memory").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        using var pages = ScanPages.Extract(corpus);
        var outPath = Option("--out");
        var writer = outPath is null ? Console.Out : new StreamWriter(outPath) { AutoFlush = true };
        try
        {
            await new PipelineRun(pages, writer).RunAsync(parts, Number("--rounds", 2), Number("--copies", 3), Number("--memory-pages", 100)).ConfigureAwait(false);
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
