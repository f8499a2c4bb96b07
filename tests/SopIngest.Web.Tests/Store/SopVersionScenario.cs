using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SopIngest.Web.Documents;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Store;

/// <summary>
/// Revised SOPs, over the API: a revised SOP uploaded as a new file (same unit and title) becomes the next version of the
/// published SOP, not a second SOP; a reviewer can say which SOP a document revises, or that it is a new one; the catalogue
/// shows the history. Then the document list's paging and sorting. Run on both configurations.
/// </summary>
internal static class SopVersionScenario
{
    public static async Task RunAsync(HttpClient http)
    {
        // v1: the SOP as first published
        var first = await UploadOneAsync(http, TestSops.Sop("versi-uji"));
        Assert.Equal("own", first.SopLink);
        Assert.Equal(first.Id, first.SopId);
        await PublishAsync(http, first.Id, expectedVersion: 1, sopId: first.Id);

        // the revised SOP, uploaded later as another file: matched by unit and title, published as v2 of the same SOP
        var revised = await UploadOneAsync(http, TestSops.Sop("versi-uji", revision: 1));
        Assert.Equal("matched", revised.SopLink);
        Assert.Equal(first.Id, revised.SopId);
        await PublishAsync(http, revised.Id, expectedVersion: 2, sopId: first.Id);
        var sop = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/sops/{first.Id}", UriKind.Relative));
        Assert.Equal(2, sop.GetProperty("version").GetInt32());
        Assert.Equal([1, 2], sop.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Contains("revisi 1", sop.GetProperty("sop").GetProperty("steps")[0].GetProperty("activity").GetString(), StringComparison.Ordinal);
        var history = sop.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([first.FileName, revised.FileName], history.Select(h => h.GetProperty("sourceFile").GetString()));
        var listed = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/sops?q=versi-uji", UriKind.Relative));
        Assert.Equal(2, Assert.Single(listed.EnumerateArray()).GetProperty("version").GetInt32());
        var old = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/sops/{first.Id}/versions/1", UriKind.Relative));
        Assert.DoesNotContain("revisi", old.GetProperty("sop").GetProperty("steps")[0].GetProperty("activity").GetString(), StringComparison.Ordinal);

        // a reviewer says a differently titled document revises it: v3
        var retitled = await UploadOneAsync(http, TestSops.Sop("versi-uji", revision: 2, title: "Rekap Daftar Hadir Pegawai DPRD (versi-uji)"));
        Assert.Equal("own", retitled.SopLink);
        using (var linked = await http.PostAsJsonAsync(new Uri($"/api/documents/{retitled.Id}/sop", UriKind.Relative), new { sopId = first.Id }))
        {
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            Assert.Equal("reviewer", (await linked.Content.ReadFromJsonAsync<DocumentSummary>())!.SopLink);
        }
        await PublishAsync(http, retitled.Id, expectedVersion: 3, sopId: first.Id);

        // ... or that a same-titled document is a new SOP of its own: v1 of another SOP, and it stays so when saved again
        var lookalike = await UploadOneAsync(http, TestSops.Sop("versi-uji", revision: 3));
        Assert.Equal(first.Id, lookalike.SopId);
        using (var unlinked = await http.PostAsJsonAsync(new Uri($"/api/documents/{lookalike.Id}/sop", UriKind.Relative), new { sopId = (Guid?)null }))
        {
            Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        }
        var detail = await http.GetDocumentAsync(lookalike.Id);
        using (var resaved = await http.PostAsJsonAsync(new Uri($"/api/documents/{lookalike.Id}/revisions", UriKind.Relative),
                   new { basedOnRevision = detail.CurrentRevision, sop = detail.Result }))
        {
            Assert.Equal(HttpStatusCode.Created, resaved.StatusCode);
        }
        Assert.Equal(lookalike.Id, (await http.GetDocumentAsync(lookalike.Id)).SopId);
        await PublishAsync(http, lookalike.Id, expectedVersion: 1, sopId: lookalike.Id);
        Assert.Equal(2, (await http.GetFromJsonAsync<JsonElement>(new Uri("/api/sops?q=versi-uji", UriKind.Relative))).GetArrayLength());

        // no linking to an SOP that was never published, nor moving a document whose versions are out
        using (var nowhere = await http.PostAsJsonAsync(new Uri($"/api/documents/{lookalike.Id}/sop", UriKind.Relative), new { sopId = Guid.NewGuid() }))
        {
            Assert.Equal(HttpStatusCode.Conflict, nowhere.StatusCode);
        }
        using (var moved = await http.PostAsJsonAsync(new Uri($"/api/documents/{first.Id}/sop", UriKind.Relative), new { sopId = lookalike.Id }))
        {
            Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        }

        // the document list: paging without overlap, and sorting by flags (a document without a number has an error)
        await UploadOneAsync(http, TestSops.Sop("urut-tanpa-nomor", withNumber: false));
        using var page = await http.GetAsync(new Uri("/api/documents?sort=flags&desc=true&take=2", UriKind.Relative));
        var total = int.Parse(page.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(5, total);
        var mostFlagged = (await page.Content.ReadFromJsonAsync<List<DocumentSummary>>())![0];
        Assert.Contains("urut-tanpa-nomor", mostFlagged.FileName, StringComparison.Ordinal);
        var paged = new List<DocumentSummary>();
        for (var skip = 0; skip < total; skip += 2)
        {
            paged.AddRange((await http.GetFromJsonAsync<List<DocumentSummary>>(new Uri($"/api/documents?sort=status&skip={skip}&take=2", UriKind.Relative)))!);
        }
        Assert.Equal(total, paged.Select(d => d.Id).Distinct().Count());
        Assert.Equal(paged.Select(d => Life.IndexOf(d.Status)).Order(), paged.Select(d => Life.IndexOf(d.Status)));
        using var unknown = await http.GetAsync(new Uri("/api/documents?sort=colour", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private static readonly List<string> Life = ["queued", "processing", "needs-review", "ready", "approved", "published", "failed"];

    private static async Task<DocumentDetail> UploadOneAsync(HttpClient http, (string Name, byte[] Content) file)
    {
        var upload = await http.UploadAsync([file]);
        return (await http.WaitFinishedAsync(upload.Documents.Select(d => d.Id)))[0];
    }

    private static async Task PublishAsync(HttpClient http, Guid id, int expectedVersion, Guid sopId)
    {
        using var approved = await http.PostAsync(new Uri($"/api/documents/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        using var published = await http.PostAsJsonAsync(new Uri($"/api/documents/{id}/publish", UriKind.Relative), new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = (await published.Content.ReadFromJsonAsync<PublicationView>())!;
        Assert.Equal(expectedVersion, version.Version);
        Assert.Equal(sopId, version.SopId);
    }
}
