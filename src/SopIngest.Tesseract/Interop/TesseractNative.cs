using System.Runtime.InteropServices;

namespace SopIngest.Tesseract.Interop;

/// <summary>
/// The parts of libtesseract's C API (capi.h, Tesseract 5.3) the binding uses. Strings Tesseract returns
/// as <c>char*</c> are owned by the caller and go back through <see cref="TessDeleteText"/>; those returned
/// as <c>const char*</c> are Tesseract's and are only read.
/// </summary>
internal static partial class TesseractNative
{
    // The versioned soname: "tesseract" alone needs the -dev package's unversioned symlink (PLATFORM.md).
    public const string Library = "libtesseract.so.5";

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit2(TessBaseApiHandle handle, string dataPath, string language, int engineMode);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetInitLanguagesAsString(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Library)]
    public static unsafe partial void TessBaseAPISetImage(TessBaseApiHandle handle, byte* imageData, int width, int height,
        int bytesPerPixel, int bytesPerLine);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, MonitorHandle monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetTsvText(TessBaseApiHandle handle, int pageNumber);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIMeanTextConf(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial ResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    /// <summary>
    /// Orientation and script detection (needs an engine initialised with the legacy <c>osd</c> model).
    /// <paramref name="orientDegrees"/> is how far the text lies turned clockwise; <paramref name="scriptName"/>
    /// is Tesseract's own string. False when the image has too little text to tell.
    /// </summary>
    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static unsafe partial bool TessBaseAPIDetectOrientationScript(TessBaseApiHandle handle, int* orientDegrees,
        float* orientConfidence, IntPtr* scriptName, float* scriptConfidence);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(IntPtr iterator);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TessResultIteratorNext(ResultIteratorHandle iterator, int level);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(ResultIteratorHandle iterator, int level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(ResultIteratorHandle iterator, int level);

    /// <summary>The page-iterator view of a result iterator: the same object, not a copy, never deleted on its own.</summary>
    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetPageIterator(ResultIteratorHandle iterator);

    [LibraryImport(Library)]
    public static partial void TessPageIteratorBegin(IntPtr pageIterator);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, int level);

    [LibraryImport(Library)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TessPageIteratorBoundingBox(IntPtr pageIterator, int level, out int left, out int top,
        out int right, out int bottom);

    [LibraryImport(Library)]
    public static partial MonitorHandle TessMonitorCreate();

    [LibraryImport(Library)]
    public static partial void TessMonitorDelete(IntPtr monitor);

    /// <summary>Cancel callback: <c>bool (*)(void* cancel_this, int words)</c>, asked once per word.</summary>
    [LibraryImport(Library)]
    public static unsafe partial void TessMonitorSetCancelFunc(MonitorHandle monitor, delegate* unmanaged<IntPtr, int, byte> cancel);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelThis(MonitorHandle monitor, IntPtr cancelThis);

    [LibraryImport(Library)]
    public static partial IntPtr TessMonitorGetCancelThis(IntPtr monitor);

    /// <summary>Progress callback: <c>bool (*)(ETEXT_DESC*, int left, int right, int top, int bottom)</c>, once per word.</summary>
    [LibraryImport(Library)]
    public static unsafe partial void TessMonitorSetProgressFunc(MonitorHandle monitor,
        delegate* unmanaged<IntPtr, int, int, int, int, byte> progress);

    [LibraryImport(Library)]
    public static partial int TessMonitorGetProgress(IntPtr monitor);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int milliseconds);

    /// <summary>Copies a <c>char*</c> that the caller owns into a string and frees it.</summary>
    public static string? TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}
