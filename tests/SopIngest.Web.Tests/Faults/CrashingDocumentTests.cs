using System.Text.RegularExpressions;
using SopIngest.HostileFiles;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Faults;

/// <summary>
/// A document that crashes its reader in a worker process (PostgreSQL + Azurite, the API in the test process): the
/// worker lives on, the document fails once with the reason after two reader crashes (no Hangfire retries), and
/// every other document of the batch completes.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed partial class CrashingDocumentTests(ServersFixture servers)
{
    [Fact]
    public async Task A_batch_of_20_with_one_crashing_document_completes_19_and_fails_1_with_its_reason_while_the_worker_lives()
    {
        // The form-nesting limit raised, so the 5,000 nested forms get past the checks and overflow the reader's stack:
        // the case the limits missed, which isolation must still contain.
        var settings = await ProductionService.SettingsAsync(servers, "crashing", ("SopIngest:Engine:Pdf:Limits:MaxFormNesting", "1000000"));
        await using var web = new ServiceFactory(new Dictionary<string, string?>(settings) { ["SopIngest:Role"] = "Web" });
        using var http = web.CreateClient();
        await using var worker = await ServiceProcess.StartAsync(new Dictionary<string, string?>(settings) { ["SopIngest:Role"] = "Worker" });
        var batch = Corpus.ExportBatch(19, firstVariant: 40).ToList();
        batch.Insert(9, ("rantai.pdf", HostileSet.FormChain(5000)));

        var upload = await http.UploadAsync(batch);
        var ids = upload.Documents.Select(d => d.Id).ToList();
        var waiting = http.WaitFinishedAsync(ids);
        while (!waiting.IsCompleted)
        {
            Assert.False(worker.HasExited, $"the worker process died:\n{worker.Output}");
            await Task.WhenAny(waiting, Task.Delay(100));
        }
        var done = await waiting;
        // Two sweeps later nothing has taken the failed document up again.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var failed = await http.GetDocumentAsync(Assert.Single(done, d => d.Status == "failed").Id);

        Assert.False(worker.HasExited, $"the worker process died:\n{worker.Output}");
        Assert.Equal(19, done.Count(d => d.Status is "ready" or "needs-review"));
        Assert.Equal("rantai.pdf", failed.FileName);
        Assert.Equal("failed", failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("rantai.pdf: the PDF reader crashed on this file 2 times (a stack overflow); it is not tried again.", failed.Reason,
            StringComparison.Ordinal);
        Assert.Contains("Stack overflow", failed.TechnicalDetail, StringComparison.Ordinal);
        var crashes = ReaderCrash().Matches(worker.Output).Count(m => m.Value.Contains("rantai.pdf", StringComparison.Ordinal));
        Assert.Equal(2, crashes);
    }

    [GeneratedRegex(@"Reader (Crashed|GivenUp): reader process \d+ crashed reading \S+")]
    private static partial Regex ReaderCrash();
}
