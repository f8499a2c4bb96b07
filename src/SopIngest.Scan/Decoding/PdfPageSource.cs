using SopIngest.Core.Pipeline;
using SopIngest.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Tokens;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// The pages of a scanned PDF as images, in colour, the way a viewer shows them. A page whose content is one
/// scanned image (small overlays such as a pasted stamp aside) is taken straight from the file at its own pixels
/// (a scanner's JPEG is passed through untouched: DCTDecode <c>RawBytes</c> is the JPEG file) and turned as the
/// page's <c>/Rotate</c> and the image's placement show it; any other page is rendered with pdftoppm at
/// <see cref="ScanOptions.RasterDpi"/>. The resolution the placement implies is only declared: phone apps place a
/// 2,400-pixel scan on a 2,400-point page (72 dpi), so the reader checks it against the content.
/// Owns a temporary copy of the PDF for pdftoppm, deleted on dispose.
/// </summary>
internal sealed class PdfPageSource : IDisposable
{
    // The largest image must cover this share of the page to stand for the whole page (a Canva export places its
    // scan on 83 % of the page, with margins), and no other image more than the second share.
    private const double BaseImageCoverage = 0.5;
    private const double MaxOverlayCoverage = 0.2;
    // A scanned page draws no vector paths, or a frame or two; a page with more is rendered.
    private const int MaxPathsOnScannedPage = 8;
    private const double PointsPerInch = 72;

    private readonly ScanOptions _options;
    private readonly ReadOnlyMemory<byte> _pdf;
    private readonly Lock _tempLock = new();
    private string? _tempPath;

    private PdfPageSource(ScanOptions options, ReadOnlyMemory<byte> pdf, IReadOnlyList<SourcePage> pages)
    {
        _options = options;
        _pdf = pdf;
        Pages = pages;
    }

    public IReadOnlyList<SourcePage> Pages { get; private set; }

    public static PdfPageSource Open(DocumentInput input, ScanOptions options)
    {
        SafePdf.Check(input, options.PdfLimits);
        var source = new PdfPageSource(options, input.Content, []);
        PdfDecodeGuard? guard = null;
        try
        {
            (var document, guard) = SafePdf.Open(input.Content, options.PdfLimits, input.FileName);
            using var _ = document;
            var count = document.NumberOfPages;
            if (count <= 0)
            {
                throw new UnreadableDocumentException(UnreadableReason.NoContent, $"{input.FileName}: the PDF has no pages.");
            }
            if (count > options.MaxPages)
            {
                throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                    $"{input.FileName}: {count} pages, more than the limit of {options.MaxPages} (ScanOptions.MaxPages); split the document.");
            }
            var pages = new List<SourcePage>(count);
            for (var number = 1; number <= count; number++)
            {
                pages.Add(source.PlanPage(document, number));
                // PdfPig reads on past a stream it could not decode; one over a limit makes the file hostile.
                guard.ThrowIfRefused(input.FileName);
            }
            source.Pages = pages;
            return source;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            source.Dispose();
            throw new UnreadableDocumentException(UnreadableReason.Encrypted,
                $"{input.FileName}: the PDF is password-protected; remove the password and upload it again.", ex);
        }
        catch (UnreadableDocumentException)
        {
            source.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            source.Dispose();
            guard?.ThrowIfRefused(input.FileName);
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"{input.FileName}: the PDF is damaged and cannot be opened ({ex.Message}); export or scan it again.", ex);
        }
    }

    private SourcePage PlanPage(PdfDocument document, int number)
    {
        Page page;
        try
        {
            page = document.GetPage(number);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            var message = $"the page cannot be parsed ({ex.Message})";
            return new SourcePage(number, _ => throw new PageUnreadableException(message, ex));
        }
        if (ScannedImage(page) is { } scan)
        {
            var image = scan.Image;
            var declared = new ImageSize(image.WidthInSamples, image.HeightInSamples);
            if (declared.Pixels > _options.MaxPixels || declared.Width <= 0 || declared.Height <= 0 || Math.Max(declared.Width, declared.Height) > _options.MaxImageSide)
            {
                return new SourcePage(number, _ =>
                {
                    ImageDecoder.CheckSize(declared, _options);
                    throw new PageUnreadableException("the page image declares no pixels");
                });
            }
            if (IsDct(image))
            {
                var jpeg = image.RawBytes.ToArray();
                return new SourcePage(number, _ => ImageDecoder.Decode(new EncodedImage(jpeg, scan.Dpi), _options, scan.Placement));
            }
            if (TryPng(image, out var png))
            {
                return new SourcePage(number, _ => ImageDecoder.Decode(new EncodedImage(png, scan.Dpi), _options, scan.Placement));
            }
        }
        var dpi = RenderDpi(page);
        return new SourcePage(number, ct => ImageDecoder.Decode(new PdfRasterizer(_options).Render(TempPath(), number, dpi, ct), _options));
    }

    /// <summary>
    /// The scanned image that stands for the whole page, and how it lies on the page as a viewer shows it: the largest
    /// image, placed square to the page, covering at least <see cref="BaseImageCoverage"/> of it. Smaller images drawn
    /// over it are left out: an e-signature's stamp pasted over the scan, a scanner app's footer ("Dipindai dengan
    /// CamScanner"), a logo. None when the page draws more than a few vector paths (the page's content is not all in
    /// the image) or another large image (a page in strips): such pages are rendered.
    /// </summary>
    private static (IPdfImage Image, Placement Placement, double Dpi)? ScannedImage(Page page)
    {
        List<IPdfImage> images;
        try
        {
            images = page.GetImages().ToList();
            if (images.Count == 0 || page.Paths.Count > MaxPathsOnScannedPage)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return null; // the content stream is odd: let poppler render what it can
        }
        var pageArea = Math.Max(1, page.Width * page.Height);
        var ordered = images.OrderByDescending(i => i.BoundingBox.Area).ToList();
        var scan = ordered[0];
        if (scan.BoundingBox.Area < BaseImageCoverage * pageArea ||
            ordered.Skip(1).Any(i => i.BoundingBox.Area > MaxOverlayCoverage * pageArea))
        {
            return null;
        }
        // PdfPig gives the image's corners on the page as shown (page rotation applied), y pointing up; the top left
        // corner is the image's first pixel.
        var box = scan.BoundingBox;
        var row = (box.TopRight.X - box.TopLeft.X, -(box.TopRight.Y - box.TopLeft.Y));
        var column = (box.BottomLeft.X - box.TopLeft.X, -(box.BottomLeft.Y - box.TopLeft.Y));
        if (PlacementExtensions.FromAxes(row, column) is not { } placement)
        {
            return null; // placed at a slant: the renderer knows how to draw that
        }
        var rowInches = Math.Sqrt(row.Item1 * row.Item1 + row.Item2 * row.Item2) / PointsPerInch;
        return (scan, placement, scan.WidthInSamples / Math.Max(1e-3, rowInches));
    }

    private static bool IsDct(IPdfImage image)
    {
        var filter = image.ImageDictionary.TryGet(NameToken.Filter, out var token) ? token : null;
        return filter switch
        {
            NameToken name => name.Data is "DCTDecode" or "DCT",
            // A chain ending in DCT after other filters cannot be passed through as is.
            ArrayToken { Data.Count: 1 } array => array.Data[0] is NameToken { Data: "DCTDecode" or "DCT" },
            _ => false,
        };
    }

    private static bool TryPng(IPdfImage image, out byte[] png)
    {
        try
        {
            if (image.TryGetPng(out var bytes) && bytes is not null)
            {
                png = bytes;
                return true;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // fall back to rendering
        }
        png = [];
        return false;
    }

    /// <summary>The raster resolution, lowered when the page is so large that RasterDpi would pass MaxPixels.</summary>
    private int RenderDpi(Page page)
    {
        var widthIn = Math.Max(1, page.Width) / PointsPerInch;
        var heightIn = Math.Max(1, page.Height) / PointsPerInch;
        var limit = Math.Sqrt(_options.MaxPixels / (widthIn * heightIn));
        return (int)Math.Clamp(Math.Min(_options.RasterDpi, limit), 1, _options.RasterDpi);
    }

    private string TempPath()
    {
        lock (_tempLock)
        {
            if (_tempPath is null)
            {
                var path = Path.Combine(Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}.pdf");
                File.WriteAllBytes(path, _pdf.ToArray());
                _tempPath = path;
            }
            return _tempPath;
        }
    }

    public void Dispose()
    {
        lock (_tempLock)
        {
            if (_tempPath is not null)
            {
                try
                {
                    File.Delete(_tempPath);
                }
                catch (IOException)
                {
                    // a leftover temp file is harmless; the OS cleans /tmp
                }
                _tempPath = null;
            }
        }
    }
}
