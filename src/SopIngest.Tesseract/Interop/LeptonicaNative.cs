using System.Runtime.InteropServices;

namespace SopIngest.Tesseract.Interop;

/// <summary>The few leptonica calls needed to hand encoded images (PNG, JPEG, TIFF, ...) to Tesseract.</summary>
internal static partial class LeptonicaNative
{
    public const string Library = "liblept.so.5";

    /// <summary>leptonica's <c>IFF_UNKNOWN</c>: the bytes are no image format it knows.</summary>
    public const int UnknownFormat = 0;

    /// <summary>Reads size and format from the header only, so a decompression bomb is refused before decoding.</summary>
    [LibraryImport(Library)]
    public static unsafe partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(Library)]
    public static unsafe partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(PixHandle pix);
}
