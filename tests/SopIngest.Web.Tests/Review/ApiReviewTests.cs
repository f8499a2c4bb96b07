using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SopIngest.Core.Model;
using SopIngest.Web.Documents;
using SopIngest.Web.Review;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Review;

/// <summary>
/// Saving and publishing through the document API go through the same rules as the review page: the flags a client
/// sends are never stored (they are recomputed from the values), so the status and the publish rule cannot be talked round.
/// </summary>
public sealed class ApiReviewTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task A_revision_saved_with_its_flags_removed_or_forged_stores_the_recomputed_flags_and_the_publish_rule_holds()
    {
        await using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path, ServiceFactory.FastJobs));
        using var http = service.CreateClient();
        var upload = await http.UploadAsync([TestSops.Sop("api-tanda", withNumber: false)]);
        var document = (await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id)))[0];
        var extracted = SopJson.Deserialize(document.Result!.Value.GetRawText())!;
        Assert.Contains(extracted.Flags, f => f is { Code: FlagCode.MissingField, Field: "number", Severity: FlagSeverity.Error });
        var uri = $"/api/documents/{document.Id}";

        // flags removed from the body (and the title edited): the stored revision has the flags its values call for
        var edited = JsonNode.Parse(document.Result!.Value.GetRawText())!.AsObject();
        edited.Remove("flags");
        edited["title"] = "Rekapitulasi Daftar Hadir Pegawai api-tanda diperiksa";
        using var saved = await http.PostAsJsonAsync(new Uri($"{uri}/revisions", UriKind.Relative), new { basedOnRevision = 1, sop = edited });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var stored = SopJson.Deserialize((await saved.Content.ReadFromJsonAsync<RevisionView>())!.Sop.GetRawText())!;
        var expected = ReviewRules.Revalidate(SopJson.Deserialize(edited.ToJsonString())!, extracted);
        Assert.Equal(expected.Flags, stored.Flags);
        Assert.Contains(stored.Flags, f => f is { Code: FlagCode.MissingField, Field: "number" });
        Assert.Equal("needs-review", (await http.GetDocumentAsync(document.Id)).Status);

        // forged flags (none left but a harmless info) are not taken either
        edited["flags"] = JsonSerializer.SerializeToNode(new[] { new Flag(FlagCode.LowConfidence, "title", FlagSeverity.Info, "palsu") }, SopJson.Options);
        using var forged = await http.PostAsJsonAsync(new Uri($"{uri}/revisions", UriKind.Relative), new { basedOnRevision = 2, sop = edited });
        Assert.Equal(HttpStatusCode.Created, forged.StatusCode);
        var current = await http.GetDocumentAsync(document.Id);
        var currentSop = SopJson.Deserialize(current.Result!.Value.GetRawText())!;
        Assert.Equal(expected.Flags, currentSop.Flags);
        Assert.DoesNotContain(currentSop.Flags, f => f.Message == "palsu");
        Assert.Equal("needs-review", current.Status);
        var listed = Assert.Single(await http.ListAsync($"q=api-tanda"));
        Assert.Equal(expected.Flags.Count(f => f.Severity == FlagSeverity.Error), listed.ErrorFlags);

        // the error flag still needs a reason to publish; the reason is stored with the version
        using var approved = await http.PostAsync(new Uri($"{uri}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        using var refused = await http.PostAsJsonAsync(new Uri($"{uri}/publish", UriKind.Relative), new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("galat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var published = await http.PostAsJsonAsync(new Uri($"{uri}/publish", UriKind.Relative),
            new { overrideReason = "nomor diberikan bagian hukum minggu depan" });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = (await published.Content.ReadFromJsonAsync<PublicationView>())!;
        Assert.Equal(1, version.ErrorFlags);
        Assert.Equal("nomor diberikan bagian hukum minggu depan", version.OverrideReason);
        Assert.Equal(Actor.Anonymous, version.PublishedBy);
        var again = Assert.Single((await http.GetFromJsonAsync<List<PublicationView>>(new Uri($"{uri}/publications", UriKind.Relative)))!);
        Assert.Equal("nomor diberikan bagian hukum minggu depan", again.OverrideReason);
    }

    public void Dispose() => _data.Dispose();
}
