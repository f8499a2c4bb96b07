using OpenCvSharp;
using SopIngest.Core.Pipeline;

namespace SopIngest.Scan.Decoding;

/// <summary>The pages of an image upload: one for PNG/JPEG, one per directory for a (multi-page) TIFF.</summary>
internal static class ImagePageSource
{
    public static IReadOnlyList<SourcePage> Open(DocumentInput input, ScanOptions options)
    {
        var bytes = input.Content.ToArray();
        if (input.MediaType == MediaTypes.Tiff)
        {
            return OpenTiff(input.FileName, bytes, options);
        }
        var size = ImageDecoder.Measure(bytes) ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt,
            $"{input.FileName}: the image is damaged (its header cannot be read); scan or save it again.");
        Refuse(input.FileName, size, options);
        return [new SourcePage(1, _ => ImageDecoder.Decode(new EncodedImage(bytes, null), options))];
    }

    private static IReadOnlyList<SourcePage> OpenTiff(string fileName, byte[] bytes, ScanOptions options)
    {
        var sizes = ImageHeaders.ReadTiff(bytes) ?? throw new UnreadableDocumentException(UnreadableReason.Corrupt,
            $"{fileName}: the TIFF is damaged (its directory cannot be read); scan or save it again.");
        if (sizes.Count > options.MaxPages)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                $"{fileName}: {sizes.Count} pages, more than the limit of {options.MaxPages} (ScanOptions.MaxPages); split the document.");
        }
        foreach (var size in sizes)
        {
            Refuse(fileName, size, options);
        }
        // OpenCV decodes every page of a TIFF at once, so together they are held to a limit of their own.
        var total = sizes.Sum(s => s.Pixels);
        if (total > options.MaxTotalPixels)
        {
            throw new UnreadableDocumentException(UnreadableReason.LimitExceeded,
                $"{fileName}: the TIFF's {sizes.Count} pages declare {total} pixels together, more than the limit of {options.MaxTotalPixels} (ScanOptions.MaxTotalPixels); split the document or scan at a lower resolution.");
        }
        // OpenCV decodes multi-page TIFF only from a file, all pages at once: done once, on first use.
        var all = new Lazy<Mat[]>(() => DecodeAll(bytes), LazyThreadSafetyMode.ExecutionAndPublication);
        return sizes.Select((size, i) => new SourcePage(i + 1, _ =>
        {
            var pages = all.Value;
            if (i >= pages.Length || pages[i].Empty())
            {
                throw new PageUnreadableException("the TIFF page cannot be decoded");
            }
            var pixels = new Mat();
            switch (pages[i].Channels())
            {
                case 1:
                    pages[i].ConvertTo(pixels, MatType.CV_8UC1);
                    break;
                case 4:
                    Cv2.CvtColor(pages[i], pixels, ColorConversionCodes.BGRA2BGR);
                    break;
                default:
                    pages[i].ConvertTo(pixels, MatType.CV_8UC3);
                    break;
            }
            return new PageRaster(pixels, null);
        })).ToList();
    }

    private static Mat[] DecodeAll(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopingest-{Guid.NewGuid():N}.tif");
        try
        {
            File.WriteAllBytes(path, bytes);
            return Cv2.ImReadMulti(path, out var mats, ImreadModes.AnyColor) ? mats : [];
        }
        catch (OpenCVException ex)
        {
            throw new PageUnreadableException("the TIFF cannot be decoded", ex);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Refuse(string fileName, ImageSize size, ScanOptions options)
    {
        if (size.Width <= 0 || size.Height <= 0 || size.Pixels > options.MaxPixels)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                $"{fileName}: the image declares {size.Width} x {size.Height} pixels, more than the limit of {options.MaxPixels} (ScanOptions.MaxPixels); scan at a lower resolution.");
        }
        if (Math.Max(size.Width, size.Height) > options.MaxImageSide)
        {
            throw new UnreadableDocumentException(UnreadableReason.TooLarge,
                $"{fileName}: the image declares {size.Width} x {size.Height} pixels, a side longer than {options.MaxImageSide} (ScanOptions.MaxImageSide); no SOP page is that long.");
        }
    }
}
