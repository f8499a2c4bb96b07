using System.Text.Json;
using Microsoft.Playwright;
using NJsonSchema;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Review;

/// <summary>The browser flow: review, fix, save, approve, publish, find it in the catalogue, check its JSON.</summary>
[Collection(UiCollection.Name)]
public sealed class ReviewFlowTests(UiApp app)
{
    [Fact]
    public async Task Reviewer_fixes_number_and_actor_then_publisher_publishes_and_the_catalogue_serves_schema_valid_JSON()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, TestDocuments.MissingNumberAndActor("alur-uji")))[0];

        // reviewer: open the flagged document from the inbox
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync("/kotak-masuk");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiApp.ArtifactsDirectory, "inbox.png") });
        await page.GotoAsync("/kotak-masuk?q=alur-uji");
        await page.ClickAsync($"tr[data-id='{id}'] a");
        await page.WaitForURLAsync($"**/tinjau/{id}");
        var numberFlag = page.Locator("a.flag[data-field='number']");
        var actorFlag = page.Locator("a.flag[data-field='steps[3].actors']");
        Assert.Equal(1, await numberFlag.CountAsync());
        Assert.Equal(1, await actorFlag.CountAsync());

        // clicking a flag jumps to its field
        await numberFlag.ClickAsync();
        Assert.Equal("Form.Number", await page.EvaluateAsync<string>("document.activeElement.name"));

        // fix the number and the last step's actor, save with Ctrl+S
        await page.FillAsync("[name='Form.Number']", "SOP/34.04/127/2018");
        await page.CheckAsync("[data-field='steps[3]'] input[type=checkbox][value='Pegawai']");
        await page.FillAsync("input[name='Form.Comment']", "nomor dan pelaksana diperbaiki");
        await page.Keyboard.PressAsync("Control+s");
        await page.WaitForSelectorAsync("#message");
        Assert.Contains("revisi 2", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("a.flag[data-field='number']").CountAsync());
        Assert.Equal(0, await page.Locator("a.flag[data-field='steps[3].actors']").CountAsync());
        Assert.Equal("SOP/34.04/127/2018", await page.InputValueAsync("[name='Form.Number']"));
        var latest = page.Locator("#revisions li.revision").First;
        Assert.Contains("Revisi 2", await latest.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(TestUsers.Reviewer.Name, await latest.InnerTextAsync(), StringComparison.Ordinal);
        await latest.Locator("summary").ClickAsync();
        Assert.Contains("SOP/34.04/127/2018", await latest.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-page.png") });

        await page.ClickAsync("#approve");
        await page.WaitForSelectorAsync("#message");
        Assert.Contains("Disetujui", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        // publisher: publish (with a reason when error flags remain)
        var publisher = await app.NewPageAsync();
        await app.SignInAsync(publisher, TestUsers.Publisher);
        await publisher.GotoAsync($"/tinjau/{id}");
        Assert.Equal(0, await publisher.Locator("#save").CountAsync()); // a publisher does not edit
        await publisher.ClickAsync("#publish-open");
        if (await publisher.Locator("textarea[name=OverrideReason]").CountAsync() > 0)
        {
            await publisher.FillAsync("textarea[name=OverrideReason]", "diterbitkan untuk uji alur, galat diketahui");
        }
        await publisher.ClickAsync("#publish");
        await publisher.WaitForSelectorAsync("#message");
        Assert.Contains("Diterbitkan sebagai versi 1", await publisher.InnerTextAsync("#message"), StringComparison.Ordinal);
        await publisher.Context.CloseAsync();

        // anyone: find it in the catalogue, download its JSON, check it against the schema
        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.FillAsync("input[name=q]", "alur-uji");
        await visitor.PressAsync("input[name=q]", "Enter");
        await visitor.ClickAsync("#catalogue a:has-text('Rekapitulasi Daftar Hadir Pegawai alur-uji')");
        await visitor.WaitForURLAsync($"**/sop/{id}");
        await visitor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(UiApp.ArtifactsDirectory, "catalogue-sop.png") });
        var href = await visitor.GetAttributeAsync("#download-json", "href");
        var response = await visitor.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        var json = await response.TextAsync();
        var schema = await JsonSchema.FromFileAsync(Corpus.SchemaPath);
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("SOP/34.04/127/2018", parsed.RootElement.GetProperty("number").GetString());
        Assert.Contains("Pegawai", parsed.RootElement.GetProperty("steps")[3].GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        await visitor.Context.CloseAsync();
    }
}
