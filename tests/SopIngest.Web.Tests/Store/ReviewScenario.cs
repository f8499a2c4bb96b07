using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SopIngest.Web.Documents;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Store;

/// <summary>
/// The review UI's path through the SOP store, over the API: revisions with who/when/what changed,
/// optimistic saves, approve, publish, and the store's queries. Run on both configurations.
/// </summary>
internal static class ReviewScenario
{
    public static async Task RunAsync(HttpClient http)
    {
        var files = Corpus.Exports.Skip(5).Take(3).Select(f => (f, Corpus.Read(f))).ToList();
        var upload = await http.UploadAsync(files);
        var done = await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id));
        var document = done[0];
        var uri = $"/api/documents/{document.Id}";

        var revisions = await http.GetFromJsonAsync<List<RevisionView>>(new Uri($"{uri}/revisions", UriKind.Relative));
        Assert.Equal("extraction", Assert.Single(revisions!).Kind);

        var edited = JsonNode.Parse(document.Result!.Value.GetRawText())!;
        edited["title"] = "Tata Naskah Dinas Direvisi";
        // 'author' in a body is ignored: the audit names the signed-in user, here the open API's anonymous caller
        var save = new { author = "rina", comment = "judul diperbaiki", basedOnRevision = 1, sop = edited };
        using var saved = await http.PostAsJsonAsync(new Uri($"{uri}/revisions", UriKind.Relative), save);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var revision = (await saved.Content.ReadFromJsonAsync<RevisionView>())!;
        Assert.Equal(2, revision.Number);
        Assert.Equal("anonymous", revision.Author);
        Assert.Contains(revision.Changes, c => c.Path == "title" && c.After == "Tata Naskah Dinas Direvisi");

        using var stale = await http.PostAsJsonAsync(new Uri($"{uri}/revisions", UriKind.Relative), save);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var early = await http.PostAsJsonAsync(new Uri($"{uri}/publish", UriKind.Relative), new { author = "kabag" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        using var approved = await http.PostAsJsonAsync(new Uri($"{uri}/approve", UriKind.Relative), new { author = "kabag" });
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        using var published = await http.PostAsJsonAsync(new Uri($"{uri}/publish", UriKind.Relative), new { author = "kabag" });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var publication = (await published.Content.ReadFromJsonAsync<PublicationView>())!;
        Assert.Equal(1, publication.Version);
        Assert.Equal(2, publication.RevisionNumber);
        Assert.Equal("Tata Naskah Dinas Direvisi", publication.Sop.GetProperty("title").GetString());

        var now = await http.GetDocumentAsync(document.Id);
        Assert.Equal("published", now.Status);
        Assert.Equal(2, now.CurrentRevision);
        Assert.Equal(2, (await http.GetFromJsonAsync<List<RevisionView>>(new Uri($"{uri}/revisions", UriKind.Relative)))!.Count);

        // Queries: by status, title (part, any case), number, unit and flag code.
        Assert.Equal(document.Id, Assert.Single(await http.ListAsync("status=published")).Id);
        Assert.Equal(document.Id, Assert.Single(await http.ListAsync("title=naskah%20dinas%20DIREVISI")).Id);
        var other = done[1];
        var number = other.Result!.Value.GetProperty("number").GetString();
        if (number is not null)
        {
            Assert.Contains(await http.ListAsync($"number={Uri.EscapeDataString(number)}"), d => d.Id == other.Id);
        }
        var unit = other.Result!.Value.GetProperty("agency").GetProperty("unit").GetString();
        if (unit is not null)
        {
            Assert.Contains(await http.ListAsync($"unit={Uri.EscapeDataString(unit.ToUpperInvariant())}"), d => d.Id == other.Id);
        }
        var flags = other.Result!.Value.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).ToList();
        foreach (var code in flags.Distinct())
        {
            Assert.Contains(await http.ListAsync($"flag={code}"), d => d.Id == other.Id);
        }
        Assert.Empty(await http.ListAsync("flag=no-such-flag"));
    }
}
