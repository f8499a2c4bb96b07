using Microsoft.Extensions.DependencyInjection;
using SopIngest.Core.Model;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Review;

[Collection(UiCollection.Name)]
public sealed class PageImageTests(UiApp app)
{
    [Fact]
    public async Task A_flag_with_a_page_and_box_is_drawn_on_the_page_image_and_clicking_it_shows_both()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, ("sop-dev-031.png", await File.ReadAllBytesAsync(Corpus.File("sop-dev-031.png")))))[0];
        var store = app.Services.GetRequiredService<SopStore>();
        var document = (await store.FindAsync(id, default))!;
        Assert.True(document.PageImages >= 1);
        var current = SopJson.Deserialize((await store.GetRevisionAsync(id, null, default))!.Json)!;
        // a low-confidence flag on the title, where OCR would put it: page 1, a box in page pixels
        var flag = new Flag(FlagCode.LowConfidence, "title", FlagSeverity.Info, "Judul terbaca dengan keyakinan rendah (uji).")
        {
            Page = 1, Box = [200, 150, 600, 60], Confidence = 0.41,
        };
        await store.SaveRevisionAsync(id, current with { Flags = [.. current.Flags, flag] }, "rina", "kotak uji", document.CurrentRevision, default);

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await page.GotoAsync($"/tinjau/{id}");
        await page.WaitForFunctionAsync("() => document.getElementById('page-image').complete && document.querySelectorAll('#page-wrap .hl').length > 0");
        await page.ClickAsync("a.flag[data-field='title'].info");
        Assert.Equal("Form.Title", await page.EvaluateAsync<string>("document.activeElement.name"));
        Assert.Equal(1, await page.Locator("#page-wrap .hl.active").CountAsync());
        // the box sits where the flag says: back in the original picture's pixels (the page image is scaled down)
        var box = await page.EvaluateAsync<double[]>("""
            () => { const i = document.getElementById('page-image'), h = document.querySelector('#page-wrap .hl.active');
                    const s = Number(document.getElementById('page-wrap').dataset.scale);
                    const r = h.getBoundingClientRect(), ir = i.getBoundingClientRect();
                    return [(r.left - ir.left) / ir.width * i.naturalWidth / s, (r.top - ir.top) / ir.height * i.naturalHeight / s, r.width / ir.width * i.naturalWidth / s]; }
            """);
        Assert.InRange(box[0], 195, 205);
        Assert.InRange(box[1], 145, 155);
        Assert.InRange(box[2], 590, 610);
        await page.ClickAsync("[data-zoom='1']");
        await page.ClickAsync("[data-zoom='1']");
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-page-flag-box.png") });
        await page.Context.CloseAsync();
    }
}
