using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Review;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Publishing;

/// <summary>
/// A revised SOP, end to end in the browser: uploaded from the inbox as a new file, recognised as the next version of the
/// published SOP (same unit and title), reviewed, approved and published as v2; the catalogue shows one SOP with its
/// history. A reviewer can also say which SOP a document revises, or that it revises none.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class RevisedSopTests(UiApp app)
{
    [Fact]
    public async Task A_revised_SOP_uploaded_later_is_published_as_the_next_version_and_the_catalogue_shows_its_history()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var first = (await UiApp.UploadAsync(admin, token, TestDocuments.Published("revisi-e2e")))[0];
        var store = app.Services.GetRequiredService<SopStore>();
        var review = app.Services.GetRequiredService<ReviewService>();
        await review.ApproveAsync(first, TestUsers.Reviewer.Name, default);
        Assert.NotNull((await review.PublishAsync(first, TestUsers.Publisher.Name, null, default)).Published);

        // the reviewer uploads the revised edition from the inbox and opens it: it says whose next version it is
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync("/kotak-masuk");
        var revised = TestDocuments.Published("revisi-e2e", revision: 1);
        await page.SetInputFilesAsync("#file-input", new[] { new Microsoft.Playwright.FilePayload { Name = revised.Name, MimeType = "text/markdown", Buffer = revised.Content } });
        await page.WaitForFunctionAsync($"() => [...document.querySelectorAll('#rows tr[data-status=ready], #rows tr[data-status=needs-review]')].some(r => r.textContent.includes('{revised.Name}'))");
        var row = page.Locator($"#rows tr:has-text('{revised.Name}')");
        Assert.Contains("versi baru SOP terbit", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("a").First.ClickAsync();
        await page.WaitForSelectorAsync("#revision-of");
        var notice = await page.InnerTextAsync("#revision-of");
        Assert.Contains("Rekapitulasi Daftar Hadir Pegawai revisi-e2e", notice, StringComparison.Ordinal);
        Assert.Contains("versi 2", notice, StringComparison.Ordinal);
        Assert.Contains("unit dan judulnya sama", notice, StringComparison.Ordinal);
        Assert.Empty(await ReviewPage.HorizontalOverflowAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-revised-sop.png") });
        await page.ClickAsync("#approve");
        await page.WaitForSelectorAsync("#message");
        await page.Context.CloseAsync();

        // the publisher publishes it: version 2 of the first SOP
        var second = (await store.QueryAsync(new DocumentQuery { Text = revised.Name }, default)).Single().Id;
        var publisher = await app.NewPageAsync();
        await app.SignInAsync(publisher, TestUsers.Publisher);
        await publisher.GotoAsync($"/tinjau/{second}");
        await publisher.ClickAsync("#publish-open");
        Assert.Contains("versi 2", await publisher.InnerTextAsync("#publish-dialog"), StringComparison.Ordinal);
        await publisher.ClickAsync("#publish");
        await publisher.WaitForSelectorAsync("#message");
        Assert.Contains("versi 2", await publisher.InnerTextAsync("#message"), StringComparison.Ordinal);
        await publisher.Context.CloseAsync();

        // anyone: one SOP in the catalogue, at v2, with both versions in its history and what changed between them
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/?q=revisi-e2e");
        Assert.Equal(1, await visitor.Locator("#catalogue tbody tr").CountAsync());
        await visitor.ClickAsync("#catalogue a:has-text('revisi-e2e')");
        await visitor.WaitForURLAsync($"**/sop/{first}");
        Assert.Contains("versi 2 dari 2", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(2, await visitor.Locator("#versions > tbody > tr").CountAsync());
        var latest = visitor.Locator("#versions > tbody > tr[data-version='2']");
        Assert.Contains(revised.Name, await latest.InnerTextAsync(), StringComparison.Ordinal);
        await latest.Locator("summary").ClickAsync();
        Assert.Contains("edisi 2", await latest.InnerTextAsync(), StringComparison.Ordinal);
        await visitor.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "catalogue-history.png") });
        var json = await (await visitor.APIRequest.GetAsync($"/api/sops/{first}")).JsonAsync();
        Assert.Equal(2, json!.Value.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.Value.GetProperty("history").ValueKind);
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reviewer_says_which_published_SOP_a_document_revises_or_that_it_is_new()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var published = (await UiApp.UploadAsync(admin, token, TestDocuments.Published("tautan-asal")))[0];
        var review = app.Services.GetRequiredService<ReviewService>();
        await review.ApproveAsync(published, TestUsers.Reviewer.Name, default);
        Assert.NotNull((await review.PublishAsync(published, TestUsers.Publisher.Name, null, default)).Published);
        var other = (await UiApp.UploadAsync(admin, token, TestDocuments.Published("tautan-judul-lain")))[0];

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync($"/tinjau/{other}");
        Assert.Contains("SOP baru", await page.InnerTextAsync("#new-sop"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#link-sop", published.ToString());
        await page.ClickAsync("#link");
        await page.WaitForSelectorAsync("#revision-of");
        Assert.Contains("tautan-asal", await page.InnerTextAsync("#revision-of"), StringComparison.Ordinal);
        Assert.Contains("oleh peninjau", await page.InnerTextAsync("#revision-of"), StringComparison.Ordinal);
        Assert.Equal(published, (await app.Services.GetRequiredService<SopStore>().FindAsync(other, default))!.SopId);
        await page.ClickAsync("#unlink");
        await page.WaitForSelectorAsync("#new-sop");
        Assert.Equal(other, (await app.Services.GetRequiredService<SopStore>().FindAsync(other, default))!.SopId);
        await page.Context.CloseAsync();
    }
}
