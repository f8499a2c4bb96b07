using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema;
using SopIngest.Core.Model;
using SopIngest.Web.Publishing;
using SopIngest.Web.Review;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Publishing;

[Collection(UiCollection.Name)]
public sealed class RepublishTests(UiApp app)
{
    [Fact]
    public async Task Error_flags_need_a_reason_and_republishing_makes_a_new_version_with_the_old_one_readable()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, TestDocuments.MissingNumberAndActor("versi")))[0];
        var store = app.Services.GetRequiredService<SopStore>();
        var review = app.Services.GetRequiredService<ReviewService>();
        var publisher = app.Services.GetRequiredService<SopPublisher>();
        await store.ApproveAsync(id, "rina", default);

        // the number is missing: an error flag, so no publishing without a reason
        var refused = await review.PublishAsync(id, "pandu", null, default);
        Assert.Null(refused.Published);
        Assert.Contains("galat", refused.Problem, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Approved, (await store.FindAsync(id, default))!.Status);
        var first = await review.PublishAsync(id, "pandu", "nomor menyusul dari bagian hukum", default);
        Assert.Equal(1, first.Published!.Version);
        var manifest = await publisher.ReadManifestAsync(first.Published.SopId, 1, default);
        Assert.Equal("nomor menyusul dari bagian hukum", manifest!.OverrideReason);
        Assert.Equal(1, manifest.ErrorFlags);

        // fixed and published again: version 2, version 1 unchanged
        var current = SopJson.Deserialize((await store.GetRevisionAsync(id, null, default))!.Json)!;
        var fixedSop = Core.Validation.SopValidator.Validate(current with { Number = "SOP/34.04/127/2018", Flags = [] });
        await store.SaveRevisionAsync(id, fixedSop, "rina", null, (await store.FindAsync(id, default))!.CurrentRevision, default);
        await store.ApproveAsync(id, "rina", default);
        var second = await review.PublishAsync(id, "pandu", null, default);
        Assert.Equal(2, second.Published!.Version);
        Assert.Null(second.Published.OverrideReason);

        using var anonymous = app.NewClient();
        var latest = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/sops/{id}", UriKind.Relative));
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal([1, 2], latest.GetProperty("versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal("SOP/34.04/127/2018", latest.GetProperty("sop").GetProperty("number").GetString());
        var old = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"/api/sops/{id}/versions/1", UriKind.Relative));
        Assert.Equal(JsonValueKind.Null, old.GetProperty("sop").GetProperty("number").ValueKind);
        var list = await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/sops?q=versi", UriKind.Relative));
        Assert.Equal(2, list.EnumerateArray().Single().GetProperty("version").GetInt32());
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>(new Uri("/api/sops?q=tidak-ada-yang-cocok", UriKind.Relative))).EnumerateArray());

        // every file of both versions is in the blob repository; the JSON is schema-valid
        var blobs = app.Services.GetRequiredService<IBlobStore>();
        var schema = await JsonSchema.FromFileAsync(Corpus.SchemaPath);
        foreach (var version in new[] { 1, 2 })
        {
            foreach (var file in new[] { RepositoryKeys.Json, RepositoryKeys.Markdown, RepositoryKeys.Html, RepositoryKeys.Manifest })
            {
                Assert.True(await blobs.ExistsAsync(RepositoryKeys.File(id.ToString(), version, file), default), $"v{version}/{file}");
            }
            var json = await anonymous.GetStringAsync(new Uri($"/api/sops/{id}/versions/{version}/sop.json", UriKind.Relative));
            Assert.Empty(schema.Validate(json));
        }
    }
}
