using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SopIngest.Servers;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// One batch through the service as deployed: a <c>Web</c> process and <c>workers</c> <c>Worker</c> processes
/// (<c>Jobs:WorkerCount=1</c> each, <c>OMP_THREAD_LIMIT=1</c>) on a fresh PostgreSQL database and blob container, so
/// nothing is deduplicated against an earlier run. The clock runs from the first upload request to the poll that sees
/// every document of the batch finished.
/// </summary>
internal sealed class ServiceRun(string webDll, PostgresServer postgres, AzuriteServer azurite, string dataFolder, TextWriter log)
{
    private static readonly string[] Finished = ["needs-review", "ready", "failed", "approved", "published"];
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public int FilesPerRequest { get; init; } = 25;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(1);

    public async Task<ServiceTiming> RunAsync(LoadBatch batch, int workers, CancellationToken cancellationToken)
    {
        var database = await postgres.CreateDatabaseAsync("load").ConfigureAwait(false);
        var settings = ServiceSettings.Production(database, azurite.ConnectionString, ServiceSettings.ContainerName("load"));
        settings["SopIngest:DataDirectory"] = dataFolder;
        settings["SopIngest:Jobs:WorkerCount"] = "1";
        // The client is a script on loopback against a throwaway database: the documented switch for that, as the
        // service's own tests use it. Signing in would add a cookie check per request, nothing measurable.
        settings["SopIngest:Auth:OpenDocumentsApi"] = "true";

        var processes = new List<ServiceProcess>();
        try
        {
            processes.Add(await ServiceProcess.StartAsync(webDll, With(settings, "Web"), "Production").ConfigureAwait(false));
            for (var i = 0; i < workers; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                processes.Add(await ServiceProcess.StartAsync(webDll, With(settings, "Worker"), "Production").ConfigureAwait(false));
            }
            using var http = new HttpClient { BaseAddress = processes[0].BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
            try
            {
                return await MeasureAsync(http, batch, workers, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or HttpRequestException or InvalidDataException)
            {
                throw new InvalidOperationException($"{e.Message}\n--- service output (last lines) ---\n{Tail(processes)}", e);
            }
        }
        finally
        {
            foreach (var process in Enumerable.Reverse(processes))
            {
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<ServiceTiming> MeasureAsync(HttpClient http, LoadBatch batch, int workers, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ids = new Dictionary<Guid, string>();
        foreach (var chunk in batch.Files.Chunk(FilesPerRequest))
        {
            foreach (var uploaded in await UploadAsync(http, chunk, cancellationToken).ConfigureAwait(false))
            {
                if (uploaded.Duplicate)
                {
                    throw new InvalidDataException($"{uploaded.FileName} was taken as a duplicate: the batch copies must differ in bytes.");
                }
                ids[uploaded.Id] = uploaded.FileName;
            }
        }
        var uploadElapsed = clock.Elapsed;
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"    uploaded {ids.Count} files in {uploadElapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);

        var nextReport = TimeSpan.FromSeconds(30);
        while (true)
        {
            var listed = (await ListAsync(http, cancellationToken).ConfigureAwait(false)).Where(d => ids.ContainsKey(d.Id)).ToList();
            var done = listed.Count(d => Finished.Contains(d.Status, StringComparer.Ordinal));
            if (done == ids.Count)
            {
                var elapsed = clock.Elapsed;
                var statuses = listed.GroupBy(d => d.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                var titles = listed.ToDictionary(d => d.FileName, d => d.Title, StringComparer.Ordinal);
                return new ServiceTiming(workers, elapsed, uploadElapsed, statuses, titles);
            }
            if (clock.Elapsed > Timeout)
            {
                var waiting = listed.Where(d => !Finished.Contains(d.Status, StringComparer.Ordinal)).Take(10).Select(d => $"{d.FileName}={d.Status}");
                throw new TimeoutException($"After {Timeout} {ids.Count - done} of {ids.Count} documents were unfinished: {string.Join(", ", waiting)}");
            }
            if (clock.Elapsed > nextReport)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"    {clock.Elapsed.TotalSeconds:0} s: {done} of {ids.Count} finished, load average {LoadAverage.Read():0.0}")).ConfigureAwait(false);
                nextReport += TimeSpan.FromSeconds(30);
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<UploadedFile>> UploadAsync(HttpClient http, IEnumerable<BatchFile> files,
        CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var part = new ByteArrayContent(await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", file.Name);
        }
        using var response = await http.PostAsync(new Uri("/api/documents", UriKind.Relative), form, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"POST /api/documents answered {(int)response.StatusCode}: {body}");
        }
        var answer = await response.Content.ReadFromJsonAsync<UploadAnswer>(JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
        return answer?.Documents ?? throw new InvalidDataException("POST /api/documents answered 202 without a document list.");
    }

    /// <summary>Every document in the store, a page of 1,000 (the API's largest) at a time.</summary>
    private static async Task<List<ListedDocument>> ListAsync(HttpClient http, CancellationToken cancellationToken)
    {
        const int Page = 1000;
        var all = new List<ListedDocument>();
        while (true)
        {
            var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"/api/documents?skip={all.Count}&take={Page}"), UriKind.Relative);
            var page = await http.GetFromJsonAsync<List<ListedDocument>>(uri, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false) ?? [];
            all.AddRange(page);
            if (page.Count < Page)
            {
                return all;
            }
        }
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> settings, string role) =>
        new(settings, StringComparer.Ordinal) { ["SopIngest:Role"] = role };

    private static string Tail(IEnumerable<ServiceProcess> processes) => string.Join("\n", processes.Select((p, i) =>
        $"[{(i == 0 ? "web" : $"worker {i}")}]\n{string.Join('\n', p.Output.Split('\n').TakeLast(15))}"));

    private sealed record UploadAnswer(IReadOnlyList<UploadedFile> Documents);

    private sealed record UploadedFile(Guid Id, string FileName, bool Duplicate);

    private sealed record ListedDocument(Guid Id, string FileName, string Status, string? Title);
}
