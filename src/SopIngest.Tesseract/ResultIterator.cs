using SopIngest.Tesseract.Interop;

namespace SopIngest.Tesseract;

/// <summary>
/// Walks the recognised page by block, paragraph, line, word or symbol. Starts on the first element; move with
/// <see cref="Next"/>. Valid while its <see cref="TesseractPage"/> is open: after that every call throws
/// <see cref="ObjectDisposedException"/> rather than touching freed native memory.
/// </summary>
public sealed class ResultIterator : IDisposable
{
    private readonly TesseractPage _page;
    private readonly ResultIteratorHandle _handle;
    private readonly IntPtr _pageIterator;

    internal ResultIterator(TesseractPage page, ResultIteratorHandle handle)
    {
        _page = page;
        _handle = handle;
        // A page without any text has no iterator at all; this one then reports nothing.
        _pageIterator = handle.IsInvalid ? IntPtr.Zero : TesseractNative.TessResultIteratorGetPageIterator(handle);
        // On a page without text Tesseract may still return an iterator; it then stands on no block.
        IsEmpty = handle.IsInvalid || !TesseractNative.TessPageIteratorBoundingBox(_pageIterator, (int)PageIteratorLevel.Block,
            out _, out _, out _, out _);
    }

    /// <summary>True when the page has no recognised element.</summary>
    public bool IsEmpty { get; }

    /// <summary>Back to the first element of the page.</summary>
    public void Begin()
    {
        lock (_page.Gate)
        {
            if (Usable())
            {
                TesseractNative.TessPageIteratorBegin(_pageIterator);
            }
        }
    }

    /// <summary>Moves to the start of the next element of <paramref name="level"/>; false at the end of the page.</summary>
    public bool Next(PageIteratorLevel level)
    {
        lock (_page.Gate)
        {
            return Usable() && TesseractNative.TessResultIteratorNext(_handle, Level(level));
        }
    }

    public bool IsAtBeginningOf(PageIteratorLevel level)
    {
        lock (_page.Gate)
        {
            return Usable() && TesseractNative.TessPageIteratorIsAtBeginningOf(_pageIterator, Level(level));
        }
    }

    /// <summary>The text of the current element of <paramref name="level"/>; null where there is none.</summary>
    public string? GetText(PageIteratorLevel level)
    {
        lock (_page.Gate)
        {
            return Usable() ? TesseractNative.TakeText(TesseractNative.TessResultIteratorGetUTF8Text(_handle, Level(level))) : null;
        }
    }

    /// <summary>Tesseract's confidence in the current element, 0..1.</summary>
    public double GetConfidence(PageIteratorLevel level)
    {
        lock (_page.Gate)
        {
            return Usable() ? Math.Clamp(TesseractNative.TessResultIteratorConfidence(_handle, Level(level)), 0f, 100f) / 100.0 : 0;
        }
    }

    /// <summary>The box of the current element in whole-image pixels; null where there is none.</summary>
    public OcrBox? GetBoundingBox(PageIteratorLevel level)
    {
        lock (_page.Gate)
        {
            return Usable() && TesseractNative.TessPageIteratorBoundingBox(_pageIterator, Level(level),
                out var left, out var top, out var right, out var bottom)
                ? new OcrBox(left, top, right, bottom)
                : null;
        }
    }

    public void Dispose()
    {
        DisposeHandle();
        _page.Forget(this);
    }

    internal void DisposeHandle() => _handle.Dispose();

    private bool Usable()
    {
        _page.ThrowIfDisposed();
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return !_handle.IsInvalid;
    }

    private static int Level(PageIteratorLevel level) =>
        Enum.IsDefined(level) ? (int)level : throw new ArgumentOutOfRangeException(nameof(level), level, "Not a page iterator level.");
}
