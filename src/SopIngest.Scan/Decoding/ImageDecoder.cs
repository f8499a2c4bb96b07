using OpenCvSharp;
using SopIngest.Core.Pipeline;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// Decodes PNG/JPEG bytes to 8-bit grey with OpenCV, after checking the declared size against
/// <see cref="ScanOptions.MaxPixels"/> so a decompression bomb never reaches the decoder.
/// </summary>
internal static class ImageDecoder
{
    public static PageRaster Decode(EncodedImage image, ScanOptions options)
    {
        var size = Measure(image.Bytes) ?? throw new PageUnreadableException("the page image is damaged (its header cannot be read)");
        CheckSize(size, options);
        Mat grey;
        try
        {
            grey = Cv2.ImDecode(image.Bytes, ImreadModes.Grayscale);
        }
        catch (OpenCVException ex)
        {
            throw new PageUnreadableException("the page image is damaged and cannot be decoded", ex);
        }
        if (grey.Empty())
        {
            grey.Dispose();
            throw new PageUnreadableException("the page image is damaged and cannot be decoded");
        }
        return new PageRaster(grey, image.Dpi ?? EstimateDpi(grey.Width, grey.Height));
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

    /// <summary>
    /// Images rarely carry a trustworthy resolution; SOP pages are A4 (or F4), so the longer side tells it:
    /// 297 mm = 11.69 in. A page photographed with margins comes out a little low, which is harmless.
    /// </summary>
    public static double EstimateDpi(int width, int height) => Math.Max(width, height) / 11.69;
}
