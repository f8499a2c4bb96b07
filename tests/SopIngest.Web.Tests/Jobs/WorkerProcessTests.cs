using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Store;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Jobs;

/// <summary>
/// Workers as separate processes sharing one PostgreSQL and one Azurite, with the API in the test process
/// (role web): a worker killed mid-batch, and two workers on one batch.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class WorkerProcessTests(ServersFixture servers)
{
    [Fact]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_after_a_restart_every_document_completes_exactly_once()
    {
        var settings = await ProductionService.SettingsAsync(servers, "crash");
        await using var web = new ServiceFactory(Role(settings, "Web"));
        using var http = web.CreateClient();
        var batch = Corpus.ExportBatch(100).ToList();

        var worker = await ServiceProcess.StartAsync(Role(settings, "Worker"));
        var upload = await http.UploadAsync(batch);
        var ids = upload.Documents.Select(d => d.Id).ToList();
        var finishedAtKill = await WaitSomeFinishedAsync(http, ids, 5);
        await worker.KillAsync();
        var output = worker.Output;
        await worker.DisposeAsync();

        await using var restarted = await ServiceProcess.StartAsync(Role(settings, "Worker"));
        await http.WaitFinishedAsync(ids, TimeSpan.FromMinutes(4));

        Assert.True(finishedAtKill < ids.Count, $"the worker had finished the whole batch before it was killed:\n{output}");
        await StoreAssertions.AssertExtractedExactlyOnceAsync(web.Services.GetRequiredService<SopStore>(), ids, batch.Count);
    }

    [Fact]
    public async Task Two_workers_on_one_database_process_a_batch_with_no_document_processed_twice()
    {
        var settings = await ProductionService.SettingsAsync(servers, "two");
        await using var web = new ServiceFactory(Role(settings, "Web"));
        using var http = web.CreateClient();
        var batch = Corpus.ExportBatch(60, firstVariant: 10).ToList();

        await using var first = await ServiceProcess.StartAsync(Role(settings, "Worker"));
        await using var second = await ServiceProcess.StartAsync(Role(settings, "Worker"));
        var upload = await http.UploadAsync(batch);
        var ids = upload.Documents.Select(d => d.Id).ToList();
        await http.WaitFinishedAsync(ids, TimeSpan.FromMinutes(4));

        await StoreAssertions.AssertExtractedExactlyOnceAsync(web.Services.GetRequiredService<SopStore>(), ids, batch.Count);
    }

    private static Dictionary<string, string?> Role(IReadOnlyDictionary<string, string?> settings, string role) =>
        new(settings) { ["SopIngest:Role"] = role };

    private static async Task<int> WaitSomeFinishedAsync(HttpClient http, IReadOnlyList<Guid> ids, int count)
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
        throw new TimeoutException($"Fewer than {count} of {ids.Count} documents finished within a minute.");
    }
}
