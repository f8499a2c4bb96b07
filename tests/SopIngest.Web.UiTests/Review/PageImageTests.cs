using Microsoft.Extensions.DependencyInjection;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Isolation;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Review;

/// <summary>
/// A flag's box is drawn where the reader measured it: on a scanned page (sop-dev-031.png through OCR) a flag on one
/// word, with that word's box from the reader's own layout, is drawn over that word. Checked against values the page's
/// script does not use: the word's box from a second read of the file, the stored page image's own pixels, and what OCR
/// reads under the box the browser draws.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class PageImageTests(UiApp app)
{
    [Fact]
    public async Task A_flag_with_a_word_box_is_drawn_over_that_word_and_clicking_it_focuses_the_field_and_zooms_there()
    {
        var bytes = await File.ReadAllBytesAsync(Corpus.File("sop-dev-031.png"));
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, ("sop-dev-031.png", bytes)))[0];
        var store = app.Services.GetRequiredService<SopStore>();
        var document = (await store.FindAsync(id, default))!;

        // the reader's own layout of the page: a long, surely read word and the page's size in box units
        // (read by the service's own reader processes: no native OCR library loaded in the test host)
        var layout = System.Text.Json.JsonSerializer.Deserialize<LayoutDocument>(
            await app.Services.GetRequiredService<IsolatedExtractor>().ReadLayoutJsonAsync(DocumentInput.Create("sop-dev-031.png", bytes)), SopJson.Options)!;
        var page1 = layout.Pages.Single(p => p.Number == 1);
        var word = Words(page1).Where(w => w is { Box: not null, Confidence: > 0.9 } && w.Text.Length >= 8 && w.Text.All(char.IsLetter))
            .OrderByDescending(w => w.Text.Length).First();
        var box = word.Box!.Value;
        var current = SopJson.Deserialize((await store.GetRevisionAsync(id, null, default))!.Json)!;
        var flag = new Flag(FlagCode.LowConfidence, "title", FlagSeverity.Info, $"Teks \"{word.Text}\" terbaca dengan keyakinan rendah (uji).")
        {
            Page = 1, Box = box.ToArray(), Confidence = 0.41,
        };
        await store.SaveRevisionAsync(id, current with { Flags = [.. current.Flags, flag] }, "rina", "kotak uji", document.CurrentRevision, default);

        // the stored page image and its geometry: the reader's raster, in the box units of the page
        var blobs = app.Services.GetRequiredService<IBlobStore>();
        var image = (await blobs.GetAsync(BlobKeys.PageImage(document.Sha256, 1), default))!.Content.ToArray();
        var (imageWidth, imageHeight) = PictureSize.Read(image)!.Value;
        Assert.Equal(((int)page1.Width, (int)page1.Height), (imageWidth, imageHeight));

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await ReviewPage.OpenAsync(page, id);
        await page.ClickAsync("a.flag[data-field='title'].info:has-text('(uji)')");
        await page.WaitForFunctionAsync("() => document.getElementById('page-wrap').dataset.zoomed === 'title'");
        Assert.Equal("Form.Title", await page.EvaluateAsync<string>("document.activeElement.name"));
        Assert.Equal(1, await page.Locator("#page-wrap .hl.active").CountAsync());
        Assert.True(await ReviewPage.ActiveBoxVisibleAsync(page));

        // drawn at the word's box, in the image's pixels (scale image width / page width, here 1), to a pixel
        var drawn = await ReviewPage.ActiveBoxInImagePixelsAsync(page);
        var scale = imageWidth / page1.Width;
        Assert.InRange(drawn[0], box.X * scale - 1.5, box.X * scale + 1.5);
        Assert.InRange(drawn[1], box.Y * scale - 1.5, box.Y * scale + 1.5);
        Assert.InRange(drawn[2], box.Width * scale - 1.5, box.Width * scale + 1.5);
        Assert.InRange(drawn[3], box.Height * scale - 1.5, box.Height * scale + 1.5);
        // and what is there on the page is that word
        var read = await ReviewPage.OcrAsync(image, drawn);
        Assert.True(ReviewPage.WordsFound(word.Text, read) == 1, $"under the box the page reads '{read.Trim()}', not '{word.Text}'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-page-flag-box.png") });
        await page.Context.CloseAsync();
    }

    private static IEnumerable<Word> Words(LayoutPage page) =>
        page.Blocks.SelectMany(b => b switch
        {
            TextBlock t => t.Lines,
            TableBlock table => table.Cells.SelectMany(c => c.Lines),
            _ => [],
        }).SelectMany(l => l.Words);
}
