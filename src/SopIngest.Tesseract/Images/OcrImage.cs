using System.Globalization;
using SopIngest.Tesseract.Interop;

namespace SopIngest.Tesseract;

/// <summary>
/// An image ready to hand to Tesseract: either decoded by leptonica from an encoded file (PNG, JPEG, TIFF, BMP,
/// PNM, WebP) or a copy of raw 8/24/32-bit pixels (an OpenCV <c>Mat</c>, a rendered page). Immutable once made;
/// one image may be recognised by several engines, also at the same time (see <see cref="TesseractOcr"/>).
/// </summary>
public sealed class OcrImage : IDisposable
{
    /// <summary>Tesseract warns below 70 ppi and guesses instead; above this a stored resolution is a header mistake.</summary>
    private const int MinPlausibleDpi = 70;
    private const int MaxPlausibleDpi = 2400;

    private readonly PixHandle? _pix;
    private readonly byte[]? _pixels;
    private readonly int _bytesPerPixel;
    private readonly int _stride;
    // SetImage copies the pixels into the engine; serialising only that copy keeps leptonica's
    // non-atomic reference counts safe when several engines read one image.
    private readonly Lock _gate = new();
    private static long s_lastId;
    private bool _disposed;

    private OcrImage(PixHandle pix, int width, int height, int? dpi)
    {
        _pix = pix;
        Width = width;
        Height = height;
        Dpi = dpi;
    }

    private OcrImage(byte[] pixels, int width, int height, int bytesPerPixel, int stride, int? dpi)
    {
        _pixels = pixels;
        _bytesPerPixel = bytesPerPixel;
        _stride = stride;
        Width = width;
        Height = height;
        Dpi = dpi;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Tells this image from every other one made in the process (engines keep the last image set on them).</summary>
    internal long Id { get; } = Interlocked.Increment(ref s_lastId);

    /// <summary>Resolution stored with the image, when plausible; <see cref="OcrRequest.Dpi"/> overrides it.</summary>
    public int? Dpi { get; }

    /// <summary>
    /// Decodes an encoded image. Size and format are read from the header first, so a file over
    /// <paramref name="limits"/> is refused without being decoded.
    /// </summary>
    /// <exception cref="OcrImageException">The bytes are not a readable image, or it is too large.</exception>
    public static unsafe OcrImage FromEncoded(ReadOnlySpan<byte> data, OcrImageLimits? limits = null)
    {
        limits = (limits ?? OcrImageLimits.Default).Validate();
        if (data.IsEmpty)
        {
            throw new OcrImageException("The image is empty (0 bytes).", OcrImageProblem.Unreadable);
        }
        if (data.Length > limits.MaxBytes)
        {
            throw new OcrImageException(string.Create(CultureInfo.InvariantCulture,
                $"The image file is {data.Length:N0} bytes; at most {limits.MaxBytes:N0} are accepted."), OcrImageProblem.TooLarge);
        }
        TesseractLibrary.EnsureLeptonica();
        fixed (byte* bytes = data)
        {
            var headerError = LeptonicaNative.pixReadHeaderMem(bytes, (nuint)data.Length, out var format, out var width,
                out var height, out _, out _, out _);
            if (headerError != 0 || format == LeptonicaNative.UnknownFormat || width <= 0 || height <= 0)
            {
                throw new OcrImageException(
                    "The bytes are not an image format the OCR reads (PNG, JPEG, TIFF, BMP, PNM, WebP), or the header is corrupt.",
                    OcrImageProblem.Unreadable);
            }
            if ((long)width * height > limits.MaxPixels)
            {
                throw new OcrImageException(string.Create(CultureInfo.InvariantCulture,
                    $"The image is {width} x {height} pixels ({(long)width * height:N0}); at most {limits.MaxPixels:N0} are accepted.") +
                    " Scan at 300 dpi or less.", OcrImageProblem.TooLarge);
            }
            var pix = LeptonicaNative.pixReadMem(bytes, (nuint)data.Length);
            if (pix.IsInvalid)
            {
                pix.Dispose();
                throw new OcrImageException(string.Create(CultureInfo.InvariantCulture,
                    $"The {width} x {height} image could not be decoded: its data is corrupt or truncated."), OcrImageProblem.Unreadable);
            }
            var dpi = LeptonicaNative.pixGetXRes(pix);
            return new OcrImage(pix, LeptonicaNative.pixGetWidth(pix), LeptonicaNative.pixGetHeight(pix), Plausible(dpi));
        }
    }

    /// <summary>Reads and decodes an image file; see <see cref="FromEncoded(ReadOnlySpan{byte}, OcrImageLimits?)"/>.</summary>
    public static OcrImage FromFile(string path, OcrImageLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits = (limits ?? OcrImageLimits.Default).Validate();
        var length = new FileInfo(path).Length;
        if (length > limits.MaxBytes)
        {
            throw new OcrImageException(string.Create(CultureInfo.InvariantCulture,
                $"The image file '{path}' is {length:N0} bytes; at most {limits.MaxBytes:N0} are accepted."), OcrImageProblem.TooLarge);
        }
        return FromEncoded(File.ReadAllBytes(path), limits);
    }

    /// <summary>
    /// Copies raw pixels, rows top to bottom: <paramref name="bytesPerPixel"/> 1 (grey), 3 (RGB) or 4 (RGBA);
    /// <paramref name="stride"/> bytes from one row to the next (at least width x bytesPerPixel).
    /// </summary>
    public static OcrImage FromPixels(ReadOnlySpan<byte> pixels, int width, int height, int bytesPerPixel, int stride, int? dpi = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (bytesPerPixel is not (1 or 3 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(bytesPerPixel), bytesPerPixel, "Tesseract takes 1 (grey), 3 (RGB) or 4 (RGBA) bytes per pixel.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan((long)stride, (long)width * bytesPerPixel);
        var needed = (long)stride * (height - 1) + (long)width * bytesPerPixel;
        if (pixels.Length < needed)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{width} x {height} pixels at {bytesPerPixel} byte(s) each with a stride of {stride} need {needed} bytes; {pixels.Length} were given."),
                nameof(pixels));
        }
        if (dpi is { } d)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(d, MinPlausibleDpi, nameof(dpi));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(d, MaxPlausibleDpi, nameof(dpi));
        }
        return new OcrImage(pixels[..(int)needed].ToArray(), width, height, bytesPerPixel, stride, dpi);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pix?.Dispose();
        }
    }

    /// <summary>Gives the image to an engine, which keeps its own copy.</summary>
    internal unsafe void SetOn(TessBaseApiHandle api)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_pix is not null)
            {
                TesseractNative.TessBaseAPISetImage2(api, _pix);
                return;
            }
            fixed (byte* data = _pixels)
            {
                TesseractNative.TessBaseAPISetImage(api, data, Width, Height, _bytesPerPixel, _stride);
            }
        }
    }

    private static int? Plausible(int dpi) => dpi is >= MinPlausibleDpi and <= MaxPlausibleDpi ? dpi : null;
}
