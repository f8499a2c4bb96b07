using OpenCvSharp;
using SopIngest.Core.Pipeline;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// Decodes PNG/JPEG bytes to 8-bit pixels with OpenCV (colour kept: stamps are told from print by it), after
/// checking the declared size against <see cref="ScanOptions.MaxPixels"/> so a decompression bomb never reaches
/// the decoder, and turns them the way the page shows them.
/// </summary>
internal static class ImageDecoder
{
    public static PageRaster Decode(EncodedImage image, ScanOptions options, Placement placement = Placement.Upright)
    {
        var size = Measure(image.Bytes) ?? throw new PageUnreadableException("the page image is damaged (its header cannot be read)");
        CheckSize(size, options);
        Mat pixels;
        try
        {
            // Grey stays one channel, colour becomes BGR, alpha and 16-bit depth are dropped.
            pixels = Cv2.ImDecode(image.Bytes, ImreadModes.AnyColor);
        }
        catch (OpenCVException ex)
        {
            throw new PageUnreadableException("the page image is damaged and cannot be decoded", ex);
        }
        if (pixels.Empty())
        {
            pixels.Dispose();
            throw new PageUnreadableException("the page image is damaged and cannot be decoded");
        }
        return new PageRaster(placement.Apply(pixels), image.Dpi);
    }

    public static ImageSize? Measure(ReadOnlySpan<byte> bytes) =>
        MediaTypes.Sniff("", bytes[..Math.Min(bytes.Length, 16)]) switch
        {
            MediaTypes.Png => ImageHeaders.ReadPng(bytes),
            MediaTypes.Jpeg => ImageHeaders.ReadJpeg(bytes),
            MediaTypes.Tiff => ImageHeaders.ReadTiff(bytes) is [var first, ..] ? first : null,
            _ => null,
        };

    public static void CheckSize(ImageSize size, ScanOptions options)
    {
        if (size.Width <= 0 || size.Height <= 0)
        {
            throw new PageUnreadableException("the page image declares no pixels");
        }
        if (size.Pixels > options.MaxPixels)
        {
            throw new PageUnreadableException(
                $"the page image declares {size.Width} x {size.Height} pixels, more than the limit of {options.MaxPixels} (ScanOptions.MaxPixels)");
        }
        if (Math.Max(size.Width, size.Height) > options.MaxImageSide)
        {
            throw new PageUnreadableException(
                $"the page image declares {size.Width} x {size.Height} pixels, a side longer than {options.MaxImageSide} (ScanOptions.MaxImageSide)");
        }
    }
}
