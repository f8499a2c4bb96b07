using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Jobs;

/// <summary>The production configuration against a real PostgreSQL 15 and a real Azurite.</summary>
[Collection(ServersCollection.Name)]
public sealed class PipelineTests(ServersFixture servers)
{
    [Fact]
    public async Task Twenty_mixed_documents_complete_with_results_originals_and_page_images_in_blob_storage()
    {
        var settings = await ProductionService.SettingsAsync(servers, "mixed");
        await using var service = new ServiceFactory(settings);
        using var http = service.CreateClient();
        var files = Corpus.Exports.Take(14).Concat(Corpus.DigitalPdfs.Take(3)).Concat(Corpus.Scans.TakeLast(3))
            .Select(f => (f, Corpus.Read(f))).ToList();
        Assert.Equal(20, files.Count);

        var upload = await http.UploadAsync(files);
        var done = await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id), TimeSpan.FromMinutes(6));

        var container = new BlobContainerClient(servers.Azurite.ConnectionString, settings["SopIngest:BlobContainer"]);
        foreach (var document in done)
        {
            Assert.True(document.Status is "ready" or "needs-review", $"{document.FileName}: {document.Status} {document.Reason}");
            Assert.NotNull(document.Result);
            Assert.True(await container.GetBlobClient(BlobKeys.Original(document.Sha256)).ExistsAsync());
            Assert.True(await container.GetBlobClient(BlobKeys.Result(document.Sha256)).ExistsAsync());
            var hasPages = document.MediaType is "application/pdf" or "image/png" or "image/jpeg";
            Assert.Equal(hasPages, document.PageImages > 0);
            for (var page = 1; page <= document.PageImages; page++)
            {
                Assert.True(await container.GetBlobClient(BlobKeys.PageImage(document.Sha256, page)).ExistsAsync());
            }
        }
        await StoreAssertions.AssertExtractedExactlyOnceAsync(service.Services.GetRequiredService<SopStore>(),
            done.Select(d => d.Id).ToList(), 20);

        var again = await http.UploadAsync(files.Take(5));
        Assert.All(again.Documents, d => Assert.True(d.Duplicate));
        Assert.Equal(20, (await http.ListAsync()).Count);
    }

    [Fact]
    public async Task A_page_image_is_served_for_a_scanned_document()
    {
        var settings = await ProductionService.SettingsAsync(servers, "pages");
        await using var service = new ServiceFactory(settings);
        using var http = service.CreateClient();
        var scan = Corpus.Scans[^1];

        var upload = await http.UploadAsync([(scan, Corpus.Read(scan))]);
        var done = (await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id)))[0];
        using var page = await http.GetAsync(new Uri($"/api/documents/{done.Id}/pages/1", UriKind.Relative));
        using var original = await http.GetAsync(new Uri($"/api/documents/{done.Id}/original", UriKind.Relative));

        Assert.Equal("image/png", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await page.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(Corpus.Read(scan), await original.Content.ReadAsByteArrayAsync());
    }
}
