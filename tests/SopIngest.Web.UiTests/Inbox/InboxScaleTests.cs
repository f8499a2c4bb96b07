using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Inbox;

/// <summary>
/// The inbox with more documents than fit a page: paging, sorting by flags, status and upload time, and approving and
/// publishing several selected documents at once, by the same rules as one by one.
/// </summary>
[Collection(UiCollection.Name)]
public sealed partial class InboxScaleTests(UiApp app)
{
    [Fact]
    public async Task Thirty_documents_page_by_25_and_sort_by_flags_status_and_upload_time()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var files = Enumerable.Range(1, 28).Select(i => TestDocuments.MissingNumberAndActor($"halaman-{i:00}"))
            .Concat([TestDocuments.Published("halaman-bersih-a"), TestDocuments.Published("halaman-bersih-b")]).ToArray();
        var ids = await UiApp.UploadAsync(admin, token, files);
        var store = app.Services.GetRequiredService<SopStore>();
        await store.ApproveAsync(ids[^1], TestUsers.Reviewer.Name, default);

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync("/kotak-masuk?q=halaman-&size=25");
        Assert.Equal("30 dokumen", await page.InnerTextAsync("#total"));
        Assert.Equal("Halaman 1 dari 2", await page.InnerTextAsync("#page-of"));
        var first = await RowIdsAsync(page);
        Assert.Equal(25, first.Count);
        await page.ClickAsync("#page-next");
        var second = await RowIdsAsync(page);
        Assert.Equal(5, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(ids.Order(), first.Concat(second).Order());
        Assert.Empty(await ReviewPage.HorizontalOverflowAsync(page));

        // newest upload first by default; the 'Tanda' header sorts by flags, most first, and once more fewest first
        await page.GotoAsync("/kotak-masuk?q=halaman-");
        Assert.Equal(ids[^1], (await RowIdsAsync(page))[0]);
        await page.ClickAsync("#sort-flags");
        var byFlags = await ErrorCountsAsync(page);
        Assert.Equal(byFlags.OrderDescending(), byFlags);
        Assert.True(byFlags[0] > byFlags[^1], "the documents without a number have more errors than the clean ones");
        await page.ClickAsync("#sort-flags");
        var fewestFirst = await ErrorCountsAsync(page);
        Assert.Equal(fewestFirst.Order(), fewestFirst);
        await page.ClickAsync("#sort-status");
        Assert.Equal(ids[^1], (await RowIdsAsync(page))[0]); // approved comes after needs-review and ready in a document's life
        Assert.Contains("Disetujui", await page.InnerTextAsync($"tr[data-id='{ids[^1]}'] .status"), StringComparison.Ordinal);
        await page.ClickAsync("#sort-uploaded");
        Assert.Equal(ids[^1], (await RowIdsAsync(page))[0]);
        await page.ClickAsync("#sort-uploaded");
        Assert.Equal(ids[0], (await RowIdsAsync(page))[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Several_selected_documents_are_approved_then_published_at_once_by_the_rules_of_one()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var ids = await UiApp.UploadAsync(admin, token, [.. Enumerable.Range(1, 3).Select(i => TestDocuments.MissingNumberAndActor($"massal-{i}"))]);
        var notApproved = (await UiApp.UploadAsync(admin, token, TestDocuments.MissingNumberAndActor("massal-tidak-disetujui")))[0];
        var store = app.Services.GetRequiredService<SopStore>();

        // the reviewer selects three and approves them in one go
        var reviewer = await app.NewPageAsync();
        await app.SignInAsync(reviewer, TestUsers.Reviewer);
        await reviewer.GotoAsync("/kotak-masuk?q=massal-");
        Assert.Equal(0, await reviewer.Locator("#bulk-publish").CountAsync()); // a reviewer does not publish
        foreach (var id in ids)
        {
            await reviewer.CheckAsync($"tr[data-id='{id}'] input[name=ids]");
        }
        Assert.Equal("3 dipilih", await reviewer.InnerTextAsync("#selected-count"));
        await reviewer.ClickAsync("#bulk-approve");
        await reviewer.WaitForSelectorAsync("#message");
        Assert.Equal("3 dokumen disetujui.", await reviewer.InnerTextAsync("#message"));
        foreach (var id in ids)
        {
            Assert.Equal(DocumentStatus.Approved, (await store.FindAsync(id, default))!.Status);
            Assert.Equal("Disetujui", await reviewer.InnerTextAsync($"tr[data-id='{id}'] .status"));
        }
        await reviewer.Context.CloseAsync();

        // the publisher selects all four: without a reason none goes out (each still has an error flag), with one the three
        // approved go and the fourth is refused, each for its own reason
        var publisher = await app.NewPageAsync();
        await app.SignInAsync(publisher, TestUsers.Publisher);
        await publisher.GotoAsync("/kotak-masuk?q=massal-");
        Assert.Equal(0, await publisher.Locator("#bulk-approve").CountAsync());
        await publisher.CheckAsync("#select-all");
        Assert.Equal("4 dipilih", await publisher.InnerTextAsync("#selected-count"));
        await publisher.ClickAsync("#bulk-publish");
        await publisher.WaitForSelectorAsync("#message");
        Assert.StartsWith("0 dokumen diterbitkan; 4 tidak", await publisher.InnerTextAsync("#message"), StringComparison.Ordinal);
        Assert.Contains("galat", await publisher.InnerTextAsync("#message"), StringComparison.Ordinal);
        await publisher.CheckAsync("#select-all");
        await publisher.FillAsync("#bulk-reason", "nomor SOP menyusul dari bagian hukum");
        await publisher.ClickAsync("#bulk-publish");
        await publisher.WaitForSelectorAsync("#message");
        var message = await publisher.InnerTextAsync("#message");
        Assert.StartsWith("3 dokumen diterbitkan; 1 tidak", message, StringComparison.Ordinal);
        Assert.Contains("massal-tidak-disetujui", message, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewPage.StatusWords, w => message.Contains(w, StringComparison.Ordinal)); // said in Indonesian
        await publisher.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "inbox-bulk-publish.png") });
        foreach (var id in ids)
        {
            Assert.Equal(DocumentStatus.Published, (await store.FindAsync(id, default))!.Status);
            Assert.Equal("nomor SOP menyusul dari bagian hukum", Assert.Single(await store.GetPublicationsAsync(id, default)).OverrideReason);
        }
        Assert.Empty(await store.GetPublicationsAsync(notApproved, default));
        await publisher.Context.CloseAsync();
    }

    private static async Task<List<Guid>> RowIdsAsync(Microsoft.Playwright.IPage page) =>
        (await page.Locator("#rows tr[data-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)")).Select(Guid.Parse).ToList();

    private static async Task<List<int>> ErrorCountsAsync(Microsoft.Playwright.IPage page) =>
        (await page.Locator("#rows tr[data-id] td.flag-counts").EvaluateAllAsync<string[]>(
            "cells => cells.map(c => c.querySelector('.badge.error')?.textContent ?? '0')")).Select(int.Parse).ToList();
}
