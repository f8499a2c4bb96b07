using System.Globalization;
using System.Runtime.InteropServices;
using SopIngest.Servers;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// <c>service [--exports 200] [--scan-pages 40] [--workers 1,2] [--files-per-request 25] [--timeout-minutes 60]
/// [--no-build] [--quick] [--keep] [--out FILE]</c>: issue 4's load benchmark. Builds the Release service and CLI, starts a
/// real PostgreSQL 15 and Azurite, and for each batch (exports, then scans) times the bare CLI and the service with
/// each worker count on the same files. Every process it starts is stopped at the end, on failure and on Ctrl-C too.
/// </summary>
internal static class ServiceCommand
{
    public static async Task<int> RunAsync(string corpus, IReadOnlyList<string> args)
    {
        var line = new BenchmarkArgs(args);
        var quick = line.Has("--quick");
        var exports = line.Number("--exports", quick ? 20 : 200);
        var scanPages = line.Number("--scan-pages", quick ? 4 : 40);
        var workerCounts = (line.Option("--workers") ?? "1,2").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList();
        var filesPerRequest = line.Number("--files-per-request", 25);
        var timeout = TimeSpan.FromMinutes(line.Number("--timeout-minutes", 60));
        var outPath = line.Option("--out") is { } o ? Path.GetFullPath(o) : null;
        if (workerCounts.Count == 0 || workerCounts.Any(w => w < 1) || exports < 0 || scanPages < 0 || filesPerRequest < 1)
        {
            await Console.Error.WriteLineAsync("service: --workers needs counts >= 1 (e.g. 1,2); --exports and --scan-pages >= 0; --files-per-request >= 1.").ConfigureAwait(false);
            return 2;
        }

        // Ctrl-C / SIGTERM cancel the run so the finally blocks stop PostgreSQL, Azurite and the service processes;
        // a second signal ends the process at once.
        using var cancel = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            if (!cancel.IsCancellationRequested)
            {
                context.Cancel = true;
                Console.Error.WriteLine("service: stopping, cleaning up (signal again to quit at once)");
                cancel.Cancel();
            }
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

        var log = Console.Error;
        var root = RepoPaths.Root;
        var (webDll, cliDll) = await ReleaseOutputs.LocateAsync(root, build: !line.Has("--no-build"), log).ConfigureAwait(false);
        var commit = await ReleaseOutputs.CommitAsync(root).ConfigureAwait(false);
        var command = "dotnet run -c Release --project tools/SopIngest.Benchmarks -- service " + string.Join(' ', args);

        var work = Directory.CreateTempSubdirectory("sopingest-load-").FullName;
        try
        {
            await using var load = new LoadAverage(TimeSpan.FromSeconds(5));
            var started = TimeProvider.System.GetUtcNow();
            if (load.Start > Environment.ProcessorCount)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"warning: load average {load.Start:0.00} on {Environment.ProcessorCount} cores: the machine is busy, wall-clock figures will be inflated")).ConfigureAwait(false);
            }
            var batches = new List<LoadBatch>();
            if (exports > 0)
            {
                batches.Add(LoadBatch.Exports(corpus, Path.Combine(work, "exports"), exports));
            }
            if (scanPages > 0 && LoadBatch.Scans(corpus, Path.Combine(work, "scans"), scanPages) is { Files.Count: > 0 } scans)
            {
                batches.Add(scans);
            }

            await log.WriteLineAsync("starting PostgreSQL 15 and Azurite").ConfigureAwait(false);
            var postgresStart = PostgresServer.StartAsync();
            var azuriteStart = AzuriteServer.StartAsync();
            await using var postgres = await postgresStart.ConfigureAwait(false);
            await using var azurite = await azuriteStart.ConfigureAwait(false);
            var service = new ServiceRun(webDll, postgres, azurite, Path.Combine(work, "service-data"), log)
            {
                FilesPerRequest = filesPerRequest,
                Timeout = timeout,
            };

            var results = new List<BatchResult>();
            foreach (var batch in batches)
            {
                await log.WriteLineAsync($"{batch.Label} ({batch.Description}): CLI").ConfigureAwait(false);
                var cli = await CliRun.RunAsync(cliDll, batch, Path.Combine(work, "cli-" + Path.GetFileName(batch.Folder)), cancel.Token).ConfigureAwait(false);
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"    {cli.Elapsed.TotalSeconds:0.0} s, {cli.Describe(batch.Files.Count)}; load average {LoadAverage.Read():0.0}")).ConfigureAwait(false);
                var timings = new List<ServiceTiming>();
                foreach (var workers in workerCounts)
                {
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{batch.Label}: service, {workers} worker(s)")).ConfigureAwait(false);
                    var timing = await service.RunAsync(batch, workers, cancel.Token).ConfigureAwait(false);
                    await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"    {timing.Elapsed.TotalSeconds:0.0} s (upload {timing.UploadElapsed.TotalSeconds:0.0} s); load average {LoadAverage.Read():0.0}")).ConfigureAwait(false);
                    timings.Add(timing);
                }
                results.Add(new BatchResult(batch, cli, timings));
            }

            var report = new ServiceLoadReport(command, started, TimeProvider.System.GetUtcNow(), commit, load.Start, LoadAverage.Read(),
                load.Max, workerCounts, filesPerRequest, results);
            report.Write(Console.Out);
            if (outPath is not null)
            {
                await using var file = new StreamWriter(outPath);
                report.Write(file);
                await log.WriteLineAsync($"report written to {outPath}").ConfigureAwait(false);
            }
            if (report.Overloaded)
            {
                await log.WriteLineAsync("warning: the load average exceeded the core count during the run; see the report").ConfigureAwait(false);
            }
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await log.WriteLineAsync("service: cancelled; every process it started has been stopped").ConfigureAwait(false);
            return 130;
        }
        finally
        {
            if (line.Has("--keep"))
            {
                await log.WriteLineAsync($"batch files and CLI results kept in {work}").ConfigureAwait(false);
            }
            else
            {
                TryDelete(work);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by a process on its way out; the OS cleans the temp folder
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
