using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using OpenCvSharp;
using SopIngest.Core.Pipeline;
using SopIngest.Web.Storage;

namespace SopIngest.Web.Jobs;

/// <summary>
/// Makes the PNG page images the review screen shows beside the extracted fields, so it never re-runs OCR or
/// rasterises: PDFs through poppler's <c>pdftoppm</c>, uploaded pictures re-encoded (and scaled down) with
/// OpenCV. Text exports have no pages. A missing or failing renderer costs the pictures, not the document:
/// the result is still committed and the problem logged.
/// </summary>
public sealed class PageImageRenderer(IBlobStore blobs, IOptions<JobOptions> options, ILogger<PageImageRenderer> logger)
{
    private readonly JobOptions _options = options.Value;

    /// <summary>Stores the page images under <see cref="BlobKeys.PageImage"/>; returns how many.</summary>
    public async Task<int> RenderAsync(string sha256, string mediaType, ReadOnlyMemory<byte> original, CancellationToken cancellationToken)
    {
        if (_options.MaxPageImages == 0)
        {
            return 0;
        }
        IReadOnlyList<byte[]> pages;
        try
        {
            pages = mediaType switch
            {
                MediaTypes.Pdf => await RenderPdfAsync(original, cancellationToken).ConfigureAwait(false),
                _ when MediaTypes.IsImage(mediaType) => EncodePicture(original),
                _ => [],
            };
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OpenCVException or System.ComponentModel.Win32Exception)
        {
            logger.LogError(e, "Page images of {Sha256} could not be made; the review screen will show none. Is poppler-utils (pdftoppm) installed?", sha256);
            return 0;
        }
        for (var i = 0; i < pages.Count; i++)
        {
            await blobs.PutAsync(BlobKeys.PageImage(sha256, i + 1), pages[i], "image/png", cancellationToken).ConfigureAwait(false);
        }
        return pages.Count;
    }

    private async Task<IReadOnlyList<byte[]>> RenderPdfAsync(ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken)
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
            // pdftoppm pads page numbers to the width of the page count (page-1.png or page-01.png): sort numerically.
            var files = folder.GetFiles("page-*.png")
                .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f.Name)["page-".Length..], CultureInfo.InvariantCulture));
            var pages = new List<byte[]>();
            foreach (var file in files)
            {
                pages.Add(await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false));
            }
            return pages;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private byte[][] EncodePicture(ReadOnlyMemory<byte> picture)
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
        return [scaled.ImEncode(".png")];
    }
}
