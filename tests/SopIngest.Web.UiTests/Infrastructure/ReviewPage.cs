using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SopIngest.Web.UiTests.Infrastructure;

/// <summary>What the browser tests measure on the review page and the inbox, in one place.</summary>
public static partial class ReviewPage
{
    /// <summary>The Indonesian status labels the UI shows, and the API words it must not show.</summary>
    public static readonly string[] StatusLabels = ["Antre", "Diproses", "Perlu ditinjau", "Siap disetujui", "Disetujui", "Diterbitkan", "Gagal"];
    public static readonly string[] StatusWords = ["queued", "processing", "needs-review", "ready", "approved", "published", "failed"];

    /// <summary>Opens the review page and waits until its page image is loaded and fitted.</summary>
    public static async Task OpenAsync(IPage page, Guid id)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync($"/tinjau/{id}");
        await page.WaitForFunctionAsync("() => document.getElementById('page-wrap')?.dataset.ready === '1'");
    }

    /// <summary>
    /// Elements that stick out to the right of the window, of the form column, or make it scroll sideways;
    /// empty when everything stays inside its column.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HorizontalOverflowAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('name') ? `[name="${el.getAttribute('name')}"]` : '') +
                                 (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
              if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the document is ${document.documentElement.scrollWidth} px wide`);
              const check = (container, label) => {
                if (!container) return;
                if (container.scrollWidth > container.clientWidth + 1) out.push(`${label} scrolls sideways (${container.scrollWidth} > ${container.clientWidth})`);
                const right = container.getBoundingClientRect().right;
                for (const el of container.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.width > 0 && r.height > 0 && r.right > right + 1) out.push(`${name(el)} ends at ${Math.round(r.right)} > ${label} ${Math.round(right)}`);
                }
              };
              check(document.querySelector('.pane.form'), 'the form column');
              check(document.querySelector('.review-bar'), 'the review bar');
              check(document.querySelector('main'), 'the page');
              return out.slice(0, 12);
            }
            """);
    }

    /// <summary>Displayed width of the page image, and the width of its pane inside.</summary>
    public static async Task<(double Image, double Pane)> ImageAndPaneWidthAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var w = await page.EvaluateAsync<double[]>(
            "() => [document.getElementById('page-image').getBoundingClientRect().width, document.querySelector('.pane.image').clientWidth]");
        return (w[0], w[1]);
    }

    /// <summary>
    /// The active flag box as drawn, in the page image's own pixels, measured from what the browser shows (the box's
    /// and the image's rectangles on screen), not from the numbers the page's script used: x, y, width, height.
    /// </summary>
    public static async Task<double[]> ActiveBoxInImagePixelsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<double[]>("""
            () => { const i = document.getElementById('page-image'), h = document.querySelector('#page-wrap .hl.active');
                    const r = h.getBoundingClientRect(), ir = i.getBoundingClientRect();
                    const sx = i.naturalWidth / ir.width, sy = i.naturalHeight / ir.height;
                    return [(r.left - ir.left) * sx, (r.top - ir.top) * sy, r.width * sx, r.height * sy]; }
            """);
    }

    /// <summary>Whether the active box lies wholly in the visible part of the image pane (below its toolbar).</summary>
    public static async Task<bool> ActiveBoxVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<bool>("""
            () => { const pane = document.querySelector('.pane.image'), tools = document.querySelector('.image-tools');
                    const h = document.querySelector('#page-wrap .hl.active').getBoundingClientRect(), p = pane.getBoundingClientRect();
                    const top = p.top + tools.offsetHeight;
                    return h.left >= p.left - 1 && h.right <= p.left + pane.clientWidth + 1 && h.top >= top - 1 && h.bottom <= p.top + pane.clientHeight + 1; }
            """);
    }

    /// <summary>The text a flag says was read ('Teks "..." terbaca dengan keyakinan rendah ...').</summary>
    public static string? FlaggedText(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = FlaggedTextPattern().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// Reads the part of a page image inside a box (image pixels, a few pixels of margin added) with the tesseract
    /// command: what a reader sees there.
    /// </summary>
    public static async Task<string> OcrAsync(byte[] pageImage, double[] box)
    {
        ArgumentNullException.ThrowIfNull(pageImage);
        ArgumentNullException.ThrowIfNull(box);
        using var image = OpenCvSharp.Cv2.ImDecode(pageImage, OpenCvSharp.ImreadModes.Grayscale);
        const int pad = 6;
        var x = Math.Clamp((int)Math.Round(box[0]) - pad, 0, image.Width - 1);
        var y = Math.Clamp((int)Math.Round(box[1]) - pad, 0, image.Height - 1);
        var w = Math.Clamp((int)Math.Round(box[2]) + 2 * pad, 1, image.Width - x);
        var h = Math.Clamp((int)Math.Round(box[3]) + 2 * pad, 1, image.Height - y);
        using var crop = new OpenCvSharp.Mat(image, new OpenCvSharp.Rect(x, y, w, h));
        var path = Path.Combine(Path.GetTempPath(), $"sopingest-crop-{Guid.NewGuid():N}.png");
        crop.SaveImage(path);
        try
        {
            var start = new ProcessStartInfo("tesseract") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { path, "-", "-l", "ind", "--psm", "6" })
            {
                start.ArgumentList.Add(a);
            }
            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start)!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Share (0..1) of the words of <paramref name="expected"/> (four letters or more) found, give or take an OCR slip, in <paramref name="read"/>.</summary>
    public static double WordsFound(string expected, string read)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(read);
        var wanted = Words(expected).Where(w => w.Length >= 4).ToList();
        var got = Words(read).ToList();
        return wanted.Count == 0 ? 0 : (double)wanted.Count(w => got.Any(g => Distance(w, g) <= w.Length / 4)) / wanted.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) { d[i, 0] = i; }
        for (var j = 0; j <= b.Length; j++) { d[0, j] = j; }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex("Teks \"(.*)\" terbaca")]
    private static partial Regex FlaggedTextPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
