using Microsoft.Playwright;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Inbox;

[Collection(UiCollection.Name)]
public sealed class InboxTests(UiApp app)
{
    [Fact]
    public async Task Files_uploaded_from_the_page_show_progress_and_their_status_updates_without_reloading()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync("/kotak-masuk");
        var a = TestDocuments.MissingNumberAndActor("unggah-satu");
        var b = TestDocuments.MissingNumberAndActor("unggah-dua");
        await page.SetInputFilesAsync("#file-input", new[]
        {
            new FilePayload { Name = a.Name, MimeType = "text/markdown", Buffer = a.Content },
            new FilePayload { Name = b.Name, MimeType = "text/markdown", Buffer = b.Content },
        });
        Assert.Equal(2, await page.Locator("#uploads li").CountAsync());
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#uploads li')].every(li => li.textContent.includes('diterima'))");
        Assert.Equal(2, await page.Locator("#uploads progress[value='100']").CountAsync());
        // the rows appear and reach needs-review by polling, with no navigation
        var url = page.Url;
        await page.WaitForFunctionAsync(
            "() => ['unggah-satu', 'unggah-dua'].every(t => [...document.querySelectorAll('#rows tr[data-status=needs-review]')].some(r => r.textContent.includes(t)))",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal(url, page.Url);

        // filter by flag code and search
        await page.GotoAsync("/kotak-masuk?flag=step-no-actor&q=unggah-dua");
        Assert.Equal(1, await page.Locator("#rows tr[data-id]").CountAsync());
        await page.GotoAsync("/kotak-masuk?flag=invalid-nip&q=unggah");
        Assert.Equal(0, await page.Locator("#rows tr[data-id]").CountAsync());
        await page.Context.CloseAsync();
    }
}
