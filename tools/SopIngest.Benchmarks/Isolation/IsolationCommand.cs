using System.Text.Json;
using SopIngest.Benchmarks.Pipeline;
using SopIngest.Core.Pipeline;

namespace SopIngest.Benchmarks.Isolation;

/// <summary>
/// <c>isolation [--rounds 3] [--export-rounds 30] [--out FILE]</c>: see <see cref="IsolationRun"/>;
/// <c>hostile [--no-build] [--out FILE]</c>: see <see cref="HostileRun"/>.
/// </summary>
internal static class IsolationCommand
{
    public static async Task<int> RunAsync(string command, string corpus, IReadOnlyList<string> args)
    {
        var line = new BenchmarkArgs(args);
        var outPath = line.Option("--out");
        var writer = outPath is null ? Console.Out : new StreamWriter(outPath) { AutoFlush = true };
        try
        {
            if (command == "hostile")
            {
                return await new HostileRun(corpus, writer).RunAsync(build: !line.Has("--no-build")).ConfigureAwait(false);
            }
            using var pages = ScanPages.Extract(corpus);
            await new IsolationRun(pages, Exports(corpus), writer).RunAsync(line.Number("--rounds", 3), line.Number("--export-rounds", 30)).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (outPath is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The corpus's Markdown, HTML and text exports (manifest families markdown, html, text).</summary>
    private static List<DocumentInput> Exports(string corpus)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "manifest.json")));
        return manifest.RootElement.EnumerateObject()
            .Select(p => (File: p.Value.GetProperty("file").GetString()!, Family: p.Value.GetProperty("family").GetString()!))
            .Where(p => p.Family is "markdown" or "html" or "text")
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .Select(p => DocumentInput.Create(p.File, File.ReadAllBytes(Path.Combine(corpus, p.File))))
            .ToList();
    }
}
