using SopIngest.Core.Pipeline;
using SopIngest.Pdf;
using SopIngest.Scan;
using SopIngest.Tesseract;
using SopIngest.Readers.Html;
using SopIngest.Readers.Markdown;
using SopIngest.Readers.PlainText;

namespace SopIngest.Engine;

/// <summary>
/// The extraction engine with every reader registered, built once and shared by the CLI and the
/// service. Readers are asked in this order; the first that can read an input reads it.
/// </summary>
public sealed class SopEngine : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    private SopEngine(EngineOptions options)
    {
        // Load Tesseract before any OpenCV work can run on another thread: loading it sets OMP_THREAD_LIMIT
        // with setenv, which is not safe against getenv in concurrently running native code. Without
        // Tesseract installed, exports and text PDFs still work; scans then fail with the message that names
        // the package to install.
        try
        {
            TesseractLibrary.Load();
        }
        catch (TesseractException)
        {
        }

        IDocumentReader[] readers =
        [
            new MarkdownReader(options.Exports),
            new HtmlReader(options.Exports),
            new PlainTextReader(),
            // A PDF with a text layer is read as text; the scan reader takes PDFs without one, and images.
            new PdfTextReader(options.Pdf),
            // One set of PDF limits for both PDF readers.
            new ScanReader(options.Scan with { PdfLimits = options.Pdf.Limits }),
        ];
        _owned.AddRange(readers.OfType<IDisposable>());
        Extractor = new SopExtractor(readers, options.Extraction);
    }

    public SopExtractor Extractor { get; }

    public static SopEngine Create(EngineOptions? options = null) => new(options ?? new EngineOptions());

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        _owned.Clear();
    }
}
