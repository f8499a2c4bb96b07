using Microsoft.Extensions.DependencyInjection;
using SopIngest.Core.Pipeline;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Jobs;

/// <summary>Hangfire.InMemory forgets its jobs when the process ends; the store remembers, and the restart re-enqueues.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Documents_left_queued_or_processing_are_processed_after_a_restart()
    {
        var settings = ServiceFactory.Embedded(_data.Path, ServiceFactory.FastJobs);
        var queued = Corpus.Exports[3];
        var processing = Corpus.Exports[4];
        Guid queuedId, processingId;

        // First life: the documents are stored, but the process "dies" before their jobs run: one never
        // enqueued, one claimed by a worker that is gone (its lease still running).
        await using (var first = new ServiceFactory(settings))
        {
            var store = first.Services.GetRequiredService<SopStore>();
            var blobs = first.Services.GetRequiredService<IBlobStore>();
            queuedId = await AddWithoutJobAsync(store, blobs, queued);
            processingId = await AddWithoutJobAsync(store, blobs, processing);
            Assert.NotNull(await store.TryClaimAsync(processingId, TimeSpan.FromHours(1), CancellationToken.None));
        }

        await using var second = new ServiceFactory(settings);
        using var http = second.CreateClient();
        var done = await http.WaitFinishedAsync([queuedId, processingId]);

        Assert.All(done, d =>
        {
            Assert.Contains(d.Status, new[] { "ready", "needs-review" });
            Assert.Equal(1, d.CurrentRevision);
        });
    }

    private static async Task<Guid> AddWithoutJobAsync(SopStore store, IBlobStore blobs, string file)
    {
        var bytes = Corpus.Read(file);
        var sha = SopExtractor.Sha256Hex(bytes);
        await blobs.PutAsync(BlobKeys.Original(sha), bytes, "application/octet-stream", CancellationToken.None);
        var added = await store.AddAsync(new NewDocument(sha, file, MediaTypes.Sniff(file, bytes), bytes.Length), CancellationToken.None);
        return added.Document.Id;
    }

    public void Dispose() => _data.Dispose();
}
