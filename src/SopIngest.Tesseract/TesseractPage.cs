using SopIngest.Tesseract.Interop;

namespace SopIngest.Tesseract;

/// <summary>
/// The recognised image held inside its <see cref="TesseractEngine"/>. Read it with <see cref="ToOcrPage"/>,
/// <see cref="GetText"/> or a <see cref="ResultIterator"/>, then dispose it to free the engine for the next image.
/// </summary>
public sealed class TesseractPage : IDisposable
{
    private readonly TesseractEngine _engine;
    private readonly List<ResultIterator> _iterators = [];
    private bool _disposed;

    internal TesseractPage(TesseractEngine engine, int width, int height)
    {
        _engine = engine;
        Width = width;
        Height = height;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Mean word confidence, 0..1 (Tesseract's <c>MeanTextConf</c>); 0 for a page without text.</summary>
    public double MeanConfidence
    {
        get
        {
            lock (_engine.Gate)
            {
                ThrowIfDisposed();
                return Math.Clamp(TesseractNative.TessBaseAPIMeanTextConf(_engine.Api), 0, 100) / 100.0;
            }
        }
    }

    /// <summary>The text as the <c>tesseract</c> CLI prints it: lines ending in a newline, paragraphs separated by an empty line.</summary>
    public string GetText()
    {
        lock (_engine.Gate)
        {
            ThrowIfDisposed();
            return TesseractNative.TakeText(TesseractNative.TessBaseAPIGetUTF8Text(_engine.Api)) ?? "";
        }
    }

    /// <summary>Tesseract's TSV (one row per block, paragraph, line and word; no header line), with <paramref name="pageNumber"/> in its page column.</summary>
    public string GetTsvText(int pageNumber = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageNumber);
        lock (_engine.Gate)
        {
            ThrowIfDisposed();
            // The C API numbers pages from 0 and prints page_number + 1.
            return TesseractNative.TakeText(TesseractNative.TessBaseAPIGetTsvText(_engine.Api, pageNumber - 1)) ?? "";
        }
    }

    /// <summary>An iterator positioned on the first element; it becomes unusable when this page is disposed.</summary>
    public ResultIterator GetIterator()
    {
        lock (_engine.Gate)
        {
            ThrowIfDisposed();
            var handle = TesseractNative.TessBaseAPIGetIterator(_engine.Api);
            var iterator = new ResultIterator(this, handle);
            _iterators.Add(iterator);
            return iterator;
        }
    }

    /// <summary>Copies the text, lines and words (with boxes and confidences) out of the engine.</summary>
    public OcrPage ToOcrPage()
    {
        lock (_engine.Gate)
        {
            ThrowIfDisposed();
            var lines = new List<OcrLine>();
            using (var iterator = GetIterator())
            {
                ReadLines(iterator, lines);
            }
            return new OcrPage(Width, Height, GetText(), MeanConfidence, lines);
        }
    }

    public void Dispose()
    {
        lock (_engine.Gate)
        {
            if (_disposed)
            {
                return;
            }
            // Iterators point into the engine's results, which Release frees.
            foreach (var iterator in _iterators)
            {
                iterator.DisposeHandle();
            }
            _iterators.Clear();
            _disposed = true;
            _engine.Release(this);
        }
    }

    internal Lock Gate => _engine.Gate;

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    internal void Forget(ResultIterator iterator)
    {
        lock (_engine.Gate)
        {
            _iterators.Remove(iterator);
        }
    }

    private static void ReadLines(ResultIterator iterator, List<OcrLine> lines)
    {
        if (iterator.IsEmpty)
        {
            return;
        }
        int block = -1, paragraph = -1;
        List<OcrWord>? words = null;
        OcrBox lineBox = default;
        var lineBlock = 0;
        var lineParagraph = 0;
        do
        {
            if (iterator.IsAtBeginningOf(PageIteratorLevel.Block))
            {
                block++;
                paragraph = -1;
            }
            if (iterator.IsAtBeginningOf(PageIteratorLevel.Paragraph))
            {
                paragraph++;
            }
            if (iterator.IsAtBeginningOf(PageIteratorLevel.TextLine))
            {
                Flush(lines, words, lineBox, lineBlock, lineParagraph);
                words = [];
                lineBox = iterator.GetBoundingBox(PageIteratorLevel.TextLine) ?? default;
                lineBlock = Math.Max(block, 0);
                lineParagraph = Math.Max(paragraph, 0);
            }
            var text = iterator.GetText(PageIteratorLevel.Word);
            if (!string.IsNullOrWhiteSpace(text) && iterator.GetBoundingBox(PageIteratorLevel.Word) is { } box)
            {
                (words ??= []).Add(new OcrWord(text, box, iterator.GetConfidence(PageIteratorLevel.Word)));
            }
        }
        while (iterator.Next(PageIteratorLevel.Word));
        Flush(lines, words, lineBox, lineBlock, lineParagraph);
    }

    private static void Flush(List<OcrLine> lines, List<OcrWord>? words, OcrBox box, int block, int paragraph)
    {
        if (words is { Count: > 0 })
        {
            lines.Add(new OcrLine(string.Join(' ', words.Select(w => w.Text)), box, words, block, paragraph));
        }
    }
}
