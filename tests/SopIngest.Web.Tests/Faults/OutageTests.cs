using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Store;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Faults;

/// <summary>
/// The database or the blob store goes away for 10 s in the middle of a batch; the service must recover by
/// itself (no restart, no manual re-queue) and finish every document exactly once.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class OutageTests(ServersFixture servers)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PostgreSQL_stopped_for_10_seconds_during_a_batch_and_the_batch_completes()
    {
        var settings = await ProductionService.SettingsAsync(servers, "pgdown");
        await RunBatchThroughAsync(settings, servers.Postgres.StopAsync, servers.Postgres.StartServerAsync);
    }

    [Fact]
    public async Task Azurite_stopped_for_10_seconds_during_a_batch_and_the_batch_completes()
    {
        var settings = await ProductionService.SettingsAsync(servers, "blobdown");
        await RunBatchThroughAsync(settings, servers.Azurite.StopAsync, servers.Azurite.StartServerAsync);
    }

    private static async Task RunBatchThroughAsync(IReadOnlyDictionary<string, string?> settings, Func<Task> stop, Func<Task> start)
    {
        await using var service = new ServiceFactory(settings);
        using var http = service.CreateClient();
        var batch = Corpus.ExportBatch(80, firstVariant: 40).ToList();
        var upload = await http.UploadAsync(batch);
        var ids = upload.Documents.Select(d => d.Id).ToList();

        var finishedAtStop = await WaitSomeFinishedAsync(http, 3);
        await stop();
        try
        {
            await Task.Delay(Outage);
        }
        finally
        {
            await start();
        }
        await http.WaitFinishedAsync(ids, TimeSpan.FromMinutes(4));

        Assert.True(finishedAtStop < ids.Count, "the batch was finished before the outage began");

        await StoreAssertions.AssertExtractedExactlyOnceAsync(service.Services.GetRequiredService<SopStore>(), ids, batch.Count);
    }

    private static async Task<int> WaitSomeFinishedAsync(HttpClient http, int count)
    {
        for (var i = 0; i < 2400; i++)
        {
            var finished = (await http.ListAsync()).Count(d => DocumentsApi.Finished.Contains(d.Status));
            if (finished >= count)
            {
                return finished;
            }
            await Task.Delay(25);
        }
        throw new TimeoutException($"Fewer than {count} documents finished within a minute.");
    }
}
