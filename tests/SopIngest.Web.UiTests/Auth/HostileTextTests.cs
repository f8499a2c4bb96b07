using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopIngest.Core.Model;
using SopIngest.Web.Publishing;
using SopIngest.Web.Review;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Auth;

/// <summary>OCR text is hostile input: a document whose text holds markup renders inert on every page and file.</summary>
[Collection(UiCollection.Name)]
public sealed class HostileTextTests(UiApp app)
{
    private const string Script = "<script>window.__xss=1</script>";
    private const string Image = "<img src=x onerror=\"window.__xss=2\">";
    private const string Attribute = "\"><svg onload=\"window.__xss=3\">";

    [Fact]
    public async Task A_document_whose_text_contains_script_renders_inert_everywhere()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, TestDocuments.MissingNumberAndActor("hostile")))[0];
        var store = app.Services.GetRequiredService<SopStore>();
        var current = SopJson.Deserialize((await store.GetRevisionAsync(id, null, default))!.Json)!;
        var hostileActor = "Pegawai" + Attribute;
        var hostile = current with
        {
            Title = "Judul hostile " + Script + Image,
            Number = "SOP/" + Attribute,
            Agency = current.Agency with { Unit = "Unit " + Image },
            Actors = [.. current.Actors, hostileActor],
            Steps = [.. current.Steps.Select((s, i) => i == 1 ? s with { Activity = s.Activity + Script, Actors = [hostileActor], Notes = Image } : s)],
            LegalBasis = [.. current.LegalBasis, new LegalBasis("Peraturan " + Script, null, null, null, null)],
        };
        hostile = Core.Validation.SopValidator.Validate(hostile with { Flags = [] });
        await store.SaveRevisionAsync(id, hostile, "rina", "hostile " + Script, 1, default);
        await store.ApproveAsync(id, "rina", default);
        var published = await app.Services.GetRequiredService<ReviewService>().PublishAsync(id, "pandu", "uji teks berbahaya, dengan alasan", default);
        Assert.NotNull(published.Published);

        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await app.SignInAsync(page, TestUsers.Admin);
        string[] pages =
        [
            "/kotak-masuk?q=hostile", $"/tinjau/{id}", "/?q=hostile", $"/sop/{id}", $"/api/sops/{id}/versions/1/sop.html",
        ];
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), $"script ran on {path}");
            Assert.Equal(0, await page.Locator("body script:not([src])").CountAsync());
            Assert.Equal(0, await page.Locator("img[src=x], svg[onload]").CountAsync());
            foreach (var frame in page.Frames)
            {
                Assert.Equal(0, await frame.Locator("img[src=x], svg[onload], script:not([src])").CountAsync());
            }
            var html = await response.TextAsync();
            Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", html, StringComparison.Ordinal);
        }
        Assert.Contains("Judul hostile <script>", await page.EvaluateAsync<string>("() => document.title") + await PageTextAsync(page, $"/tinjau/{id}"),
            StringComparison.Ordinal); // shown as text, not run
        Assert.Equal(0, dialogs);

        // the other files of the repository
        using var anonymous = app.NewClient();
        var markdown = await anonymous.GetStringAsync(new Uri($"/api/sops/{id}/versions/1/sop.md", UriKind.Relative));
        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        using var htmlResponse = await anonymous.GetAsync(new Uri($"/api/sops/{id}/versions/1/sop.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, htmlResponse.StatusCode);
        Assert.Contains("default-src 'none'", htmlResponse.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private static async Task<string> PageTextAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        return await page.InnerTextAsync("body") + await page.InputValueAsync("[name='Form.Title']");
    }
}
