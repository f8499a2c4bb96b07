using System.Diagnostics;
using System.Text.Json;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// The bare CLI on a batch: one <c>sopingest extract FILES --out DIR</c> process (start included), as a script would
/// run it, with <c>OMP_THREAD_LIMIT=1</c> like the service's workers.
/// </summary>
internal static class CliRun
{
    public static async Task<CliTiming> RunAsync(string cliDll, LoadBatch batch, string outFolder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(cliDll);
        start.ArgumentList.Add("extract");
        foreach (var file in batch.Files)
        {
            start.ArgumentList.Add(file.Path);
        }
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(outFolder);
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        var elapsed = clock.Elapsed;
        await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);

        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in batch.Files)
        {
            var json = Path.Combine(outFolder, Path.GetFileNameWithoutExtension(file.Path) + ".json");
            if (File.Exists(json))
            {
                using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(json, cancellationToken).ConfigureAwait(false));
                titles[file.Name] = document.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
                    ? title.GetString() : null;
            }
        }
        var errorLines = errors.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        return new CliTiming(elapsed, process.ExitCode, titles, errorLines);
    }
}
