using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopIngest.Core.Model;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Review;

/// <summary>
/// The review page on a real scanned SOP (fixtures/real: a phone-scanned, stamped, two-page A4 landscape PDF) in Chromium at
/// 1366x768: the page fits its pane, the split drags, nothing sticks out of the form column, statuses are Indonesian, the
/// original is one click away, and a low-confidence flag zooms to a box that lies over the words it names.
/// </summary>
[Collection(UiCollection.Name)]
public sealed class ScanReviewTests(UiApp app)
{
    private const string ScanFile = "kalbar-kominfo-permohonan-informasi-2024.pdf";

    [Fact]
    public async Task The_review_page_of_a_real_scan_fits_1366x768_in_Indonesian_with_a_draggable_split()
    {
        var id = await UploadScanAsync();
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await ReviewPage.OpenAsync(page, id);
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-scan-1366.png") });

        // the page is fitted to its pane by default: as wide as the pane, less its margin
        var (image, pane) = await ReviewPage.ImageAndPaneWidthAsync(page);
        Assert.InRange(image, pane - 16, pane);
        Assert.Empty(await ReviewPage.HorizontalOverflowAsync(page));

        // statuses are Indonesian words, never the API's
        Assert.Contains(await page.InnerTextAsync("#status"), ReviewPage.StatusLabels);
        var text = await page.InnerTextAsync("body");
        Assert.DoesNotContain(ReviewPage.StatusWords, w => text.Contains(w, StringComparison.Ordinal));

        // the page images are the scan reader's rasters: their sizes and weight, kept for the record (docs/SERVICE.md)
        var pages = new List<string>();
        foreach (var n in new[] { 1, 2 })
        {
            var png = await (await page.APIRequest.GetAsync($"/api/documents/{id}/pages/{n}")).BodyAsync();
            var (w, h) = Web.Storage.PictureSize.Read(png)!.Value;
            pages.Add($"page {n}: {w} x {h} px, {png.Length / 1024} KB PNG");
        }
        await File.WriteAllLinesAsync(Path.Combine(UiApp.ArtifactsDirectory, "review-scan-pages.txt"), pages);

        // the original file, one click away
        var original = await page.APIRequest.GetAsync((await page.GetAttributeAsync("#original", "href"))!);
        Assert.Equal(200, original.Status);
        Assert.Equal(await File.ReadAllBytesAsync(Corpus.RealScan(ScanFile)), await original.BodyAsync());

        // drag the split 250 px to the right: the image pane widens, the page is fitted again, the form still fits
        var splitter = (await page.Locator("#splitter").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(splitter.X + splitter.Width / 2, splitter.Y + 200);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(splitter.X + splitter.Width / 2 + 120, splitter.Y + 200, new() { Steps = 5 });
        await page.Mouse.MoveAsync(splitter.X + splitter.Width / 2 + 250, splitter.Y + 200, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        var (wider, widerPane) = await ReviewPage.ImageAndPaneWidthAsync(page);
        Assert.InRange(widerPane - pane, 235, 265);
        Assert.InRange(wider, widerPane - 16, widerPane);
        Assert.Empty(await ReviewPage.HorizontalOverflowAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-scan-1366-wide-page.png") });

        // the inbox speaks Indonesian too
        await page.GotoAsync("/kotak-masuk");
        var row = page.Locator($"tr[data-id='{id}'] .status");
        Assert.Contains(await row.InnerTextAsync(), ReviewPage.StatusLabels);
        var inbox = await page.InnerTextAsync("#documents");
        Assert.DoesNotContain(ReviewPage.StatusWords, w => inbox.Contains(w, StringComparison.Ordinal));
        Assert.Empty(await ReviewPage.HorizontalOverflowAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "inbox-1366.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_low_confidence_flag_zooms_to_its_box_which_lies_over_the_words_it_names()
    {
        var id = await UploadScanAsync();
        var store = app.Services.GetRequiredService<SopStore>();
        var sop = SopJson.Deserialize((await store.GetRevisionAsync(id, null, default))!.Json)!;
        // the surest of the flagged reads that has words to look for: OCR of its box should find most of them again
        var flag = sop.Flags
            .Where(f => f is { Code: FlagCode.LowConfidence, Page: not null, Box.Length: 4 } && ReviewPage.FlaggedText(f.Message) is { } t &&
                        t.Split(' ').Count(w => w.Count(char.IsLetter) >= 4) >= 3)
            .MaxBy(f => f.Confidence);
        Assert.True(flag is not null, "the scan's OCR flags no low-confidence words with a box any more: " +
                                      JsonSerializer.Serialize(sop.Flags.Select(f => $"{f.Code} {f.Field} {f.Message}")));
        var words = ReviewPage.FlaggedText(flag.Message)!;

        var page = await app.NewPageAsync();
        await app.SignInAsync(page, TestUsers.Reviewer);
        await ReviewPage.OpenAsync(page, id);
        var fitted = double.Parse((await page.GetAttributeAsync("#page-wrap", "data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture);
        var box = string.Join(",", flag.Box!.Select(v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)));
        await page.Locator($"a.flag[data-box='{box}']").First.ClickAsync();
        await page.WaitForFunctionAsync($"() => document.getElementById('page-wrap').dataset.zoomed === '{flag.Field}'");
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiApp.ArtifactsDirectory, "review-scan-flag-zoomed.png") });

        // on the flag's page, zoomed in, with its box in view
        Assert.Equal(flag.Page!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.InputValueAsync("#page-select"));
        var zoomed = double.Parse((await page.GetAttributeAsync("#page-wrap", "data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(zoomed > fitted * 1.3, $"zoom {zoomed:0.###} is not above the fitted {fitted:0.###}");
        Assert.True(await ReviewPage.ActiveBoxVisibleAsync(page), "the flag's box is not in view");

        // the box lies over the words: read what the page image shows under the drawn box (and, as a control, one box-height
        // group further down, which must not read the same)
        var image = await page.APIRequest.GetAsync($"/api/documents/{id}/pages/{flag.Page}");
        var pixels = await image.BodyAsync();
        var drawn = await ReviewPage.ActiveBoxInImagePixelsAsync(page);
        var under = await ReviewPage.OcrAsync(pixels, drawn);
        var found = ReviewPage.WordsFound(words, under);
        Assert.True(found >= 0.5, $"under the box the page reads '{under.Trim()}', not '{words}' ({found:P0} of the words)");
        var below = await ReviewPage.OcrAsync(pixels, [drawn[0], drawn[1] + 3 * drawn[3], drawn[2], drawn[3]]);
        Assert.True(ReviewPage.WordsFound(words, below) < found, $"the control box below reads the same: '{below.Trim()}'");
        await page.Context.CloseAsync();
    }

    private async Task<Guid> UploadScanAsync()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        return (await UiApp.UploadAsync(admin, token, (ScanFile, await File.ReadAllBytesAsync(Corpus.RealScan(ScanFile)))))[0];
    }
}
