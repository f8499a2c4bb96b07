using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Isolation;
using SopIngest.Web.Extraction;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Faults;

[Collection(ServersCollection.Name)]
public sealed class PoisonTests(ServersFixture servers)
{
    [Fact]
    public async Task A_document_that_always_throws_ends_failed_with_a_reason_while_the_others_complete_and_can_be_requeued()
    {
        var settings = await ProductionService.SettingsAsync(servers, "poison", ("SopIngest:Jobs:MaxAttempts", "3"));
        await using var service = new ServiceFactory(settings, services => services.AddSingleton<IDocumentExtractor>(
            sp => new PoisonedExtractor(new IsolatedDocumentExtractor(sp.GetRequiredService<IsolatedExtractor>()))));
        using var http = service.CreateClient();
        var batch = Corpus.ExportBatch(10, firstVariant: 20).ToList();
        var poison = ("poison.md", Corpus.Variant(Corpus.Exports[0], 30).Content);

        var upload = await http.UploadAsync([.. batch.Take(5), poison, .. batch.Skip(5)]);
        var done = await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id));

        var failed = Assert.Single(done, d => d.Status == "failed");
        Assert.Equal("poison.md", failed.FileName);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("failed 3 times", failed.Reason, StringComparison.Ordinal);
        Assert.Contains("test poison", failed.TechnicalDetail, StringComparison.Ordinal);
        Assert.All(done.Where(d => d != failed), d => Assert.Contains(d.Status, new[] { "ready", "needs-review" }));

        using var requeue = await http.PostAsync(new Uri($"/api/documents/{failed.Id}/requeue", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, requeue.StatusCode);
        var again = (await http.WaitFinishedAsync([failed.Id]))[0];
        Assert.Equal("failed", again.Status);
        using var notFailed = await http.PostAsync(new Uri($"/api/documents/{done.First(d => d != failed).Id}/requeue", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, notFailed.StatusCode);
    }
}
