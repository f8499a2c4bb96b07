using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenCvSharp;
using SopIngest.Core.Pipeline;
using SopIngest.Web.Extraction;
using SopIngest.Web.Storage;

namespace SopIngest.Web.Jobs;

/// <summary>
/// Stores the page images the review screen shows beside the extracted fields, with their <see cref="PageGeometry"/>, so
/// it never re-runs OCR or rasterises and never guesses the unit of a flag's box. Scans: the scan reader's own prepared
/// rasters (the very pixels the boxes were measured on). Digital PDFs: poppler's <c>pdftoppm</c> at
/// <see cref="JobOptions.PageImageDpi"/> (boxes in points). Text exports have no pages. A missing or failing renderer
/// costs the pictures, not the document: the result is still committed and the problem logged.
/// </summary>
public sealed class PageImageRenderer(IBlobStore blobs, IOptions<JobOptions> options, ILogger<PageImageRenderer> logger)
{
    private readonly JobOptions _options = options.Value;

    private static readonly JsonSerializerOptions GeometryJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores the page images under <see cref="BlobKeys.PageImage"/> (by source page number) and their geometry under
    /// <see cref="BlobKeys.PageGeometry"/>; returns the highest page number with an image (0: none).
    /// </summary>
    public async Task<int> RenderAsync(string sha256, string mediaType, ReadOnlyMemory<byte> original, IReadOnlyList<ExtractedPage> pages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        if (_options.MaxPageImages == 0)
        {
            return 0;
        }
        IReadOnlyList<(int Number, byte[] Png)> images;
        try
        {
            images = pages.Any(p => p.Image is not null)
                ? pages.Where(p => p.Image is not null).Select(p => (p.Number, p.Image!.Content.ToArray())).ToList()
                : mediaType switch
                {
                    MediaTypes.Pdf => await RenderPdfAsync(original, cancellationToken).ConfigureAwait(false),
                    _ when MediaTypes.IsImage(mediaType) => [(1, EncodePicture(original))],
                    _ => [],
                };
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OpenCVException or System.ComponentModel.Win32Exception)
        {
            logger.LogError(e, "Page images of {Sha256} could not be made; the review screen will show none. Is poppler-utils (pdftoppm) installed?", sha256);
            return 0;
        }
        var geometry = new List<PageGeometry>();
        foreach (var (number, png) in images.Where(i => i.Number <= _options.MaxPageImages))
        {
            if (PictureSize.Read(png) is not { } size)
            {
                logger.LogError("Page image {Page} of {Sha256} is not a PNG; left out", number, sha256);
                continue;
            }
            var page = pages.FirstOrDefault(p => p.Number == number);
            var (width, height) = page is { Width: > 0, Height: > 0 } ? (page.Width, page.Height) : Units(mediaType, size);
            await blobs.PutAsync(BlobKeys.PageImage(sha256, number), png, "image/png", cancellationToken).ConfigureAwait(false);
            geometry.Add(new PageGeometry(number, width, height, size.Width, size.Height));
        }
        await blobs.PutAsync(BlobKeys.PageGeometry(sha256), JsonSerializer.SerializeToUtf8Bytes(new PageGeometrySet(geometry), GeometryJson),
            "application/json", cancellationToken).ConfigureAwait(false);
        return geometry.Count == 0 ? 0 : geometry.Max(g => g.Number);
    }

    /// <summary>The page geometry stored with a document's page images; null for documents extracted before it was.</summary>
    public async Task<PageGeometrySet?> GeometryAsync(string sha256, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetAsync(BlobKeys.PageGeometry(sha256), cancellationToken).ConfigureAwait(false);
        return blob is null ? null : JsonSerializer.Deserialize<PageGeometrySet>(blob.Content.Span, GeometryJson);
    }

    // A page the reader gave no size: a PDF page rendered at PageImageDpi is in points, a picture in its own pixels.
    private (double Width, double Height) Units(string mediaType, (int Width, int Height) image) =>
        mediaType == MediaTypes.Pdf
            ? (image.Width * 72.0 / _options.PageImageDpi, image.Height * 72.0 / _options.PageImageDpi)
            : (image.Width, image.Height);

    private async Task<IReadOnlyList<(int Number, byte[] Png)>> RenderPdfAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("sopingest-pages-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            await File.WriteAllBytesAsync(input, pdf, cancellationToken).ConfigureAwait(false);
            var start = new ProcessStartInfo("pdftoppm")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "-png", "-r", _options.PageImageDpi.ToString(CultureInfo.InvariantCulture),
                         "-l", _options.MaxPageImages.ToString(CultureInfo.InvariantCulture), input, Path.Combine(folder.FullName, "page"),
                     })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm exited with {process.ExitCode}: {await error.ConfigureAwait(false)}");
            }
            // pdftoppm pads page numbers to the width of the page count (page-1.png or page-01.png): parse them.
            var pages = new List<(int, byte[])>();
            foreach (var file in folder.GetFiles("page-*.png"))
            {
                var number = int.Parse(Path.GetFileNameWithoutExtension(file.Name)["page-".Length..], CultureInfo.InvariantCulture);
                pages.Add((number, await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false)));
            }
            return pages.OrderBy(p => p.Item1).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private byte[] EncodePicture(ReadOnlyMemory<byte> picture)
    {
        using var image = Cv2.ImDecode(picture.Span, ImreadModes.Color);
        if (image.Empty())
        {
            throw new InvalidOperationException("The picture could not be decoded.");
        }
        var scale = Math.Min(1.0, (double)_options.PageImageMaxPixels / Math.Max(image.Width, image.Height));
        using var scaled = new Mat();
        if (scale < 1.0)
        {
            Cv2.Resize(image, scaled, new Size(0, 0), scale, scale, InterpolationFlags.Area);
        }
        else
        {
            image.CopyTo(scaled);
        }
        return scaled.ImEncode(".png");
    }
}
