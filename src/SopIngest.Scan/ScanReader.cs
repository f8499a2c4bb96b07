using System.Collections.Concurrent;
using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Pdf;
using SopIngest.Scan.Assembly;
using SopIngest.Scan.Decoding;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Preparation;
using SopIngest.Scan.Recognition;
using SopIngest.Scan.Shapes;
using SopIngest.Tesseract;

namespace SopIngest.Scan;

/// <summary>
/// Reads scanned PDFs and page images (PNG, JPEG, single- or multi-page TIFF) by OCR into the layout model.
/// Per page, on up to <see cref="ScanOptions.Parallelism"/> pages at once:
/// load (embedded image turned as the page shows it, or pdftoppm; colour kept) -> sheet cut out of a photo -> resolution (declared, paper and
/// print weighed) -> stamps and signatures off -> prepare (scale, even light, binarise, deskew, rectify) ->
/// grid (ruling lines, cells, spans) -> shapes (flowchart symbols) -> OCR (drawing removed) -> assemble.
/// A page that fails becomes an <see cref="FlagCode.UnreadableSource"/> problem; the others still come through.
/// Thread-safe; build once and share. Disposing it disposes the OCR engine when the reader created it, and the
/// orientation detection engine it makes at the first page that reads poorly.
/// </summary>
public sealed class ScanReader : IDocumentReader, IDisposable
{
    private readonly IOcrEngine _ocr;
    private readonly bool _ownsOcr;
    private readonly ScanOptions _options;
    private readonly PagePreparer _preparer;
    private readonly GridDetector _grids;
    // Made at the first page that reads poorly; null when the osd model is not installed.
    private readonly Lazy<OrientationDetector?> _orientation;

    /// <summary>
    /// A reader with its own Tesseract pool (an engine per core, or per parallel page if more), disposed with the reader. Build it at
    /// start-up: loading libtesseract calls libc <c>setenv</c>, which races with OpenCV's <c>getenv</c> on other
    /// threads (seen as "double free or corruption" when a reader was built while another thread ran OpenCV).
    /// </summary>
    /// <exception cref="TesseractException">libtesseract or the language model is not installed.</exception>
    public ScanReader(ScanOptions? options = null)
        : this(CreateOcr(options ?? new ScanOptions()), options, ownsOcr: true)
    {
    }

    /// <summary>A reader on a shared OCR engine, which the caller keeps and disposes.</summary>
    public ScanReader(IOcrEngine ocr, ScanOptions? options = null)
        : this(ocr, options, ownsOcr: false)
    {
    }

    private ScanReader(IOcrEngine ocr, ScanOptions? options, bool ownsOcr)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        _ocr = ocr;
        _ownsOcr = ownsOcr;
        _options = (options ?? new ScanOptions()).Validate();
        _preparer = new PagePreparer(_options);
        _grids = new GridDetector(_options);
        // Loading libtesseract sets environment variables, which must not happen while pages are being read
        // (see the first constructor): load it now, the orientation engine itself only when a page needs it.
        TesseractLibrary.Load();
        _orientation = new Lazy<OrientationDetector?>(CreateOrientationDetector, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return MediaTypes.IsImage(input.MediaType) ||
               (input.MediaType == MediaTypes.Pdf && !PdfTextLayer.HasUsableText(input.Content, new PdfReaderOptions { Limits = _options.PdfLimits }));
    }

    public async Task<LayoutDocument> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Content.IsEmpty)
        {
            throw new UnreadableDocumentException(UnreadableReason.Empty, $"{input.FileName}: the file is empty (0 bytes); upload the file again.");
        }
        PdfPageSource? pdf = null;
        try
        {
            IReadOnlyList<SourcePage> pages;
            if (input.MediaType == MediaTypes.Pdf)
            {
                pdf = PdfPageSource.Open(input, _options);
                pages = pdf.Pages;
            }
            else if (MediaTypes.IsImage(input.MediaType))
            {
                pages = ImagePageSource.Open(input, _options);
            }
            else
            {
                throw new UnreadableDocumentException(UnreadableReason.UnsupportedType,
                    $"{input.FileName}: {input.MediaType} is not a scan; the scan reader takes PDF, PNG, JPEG and TIFF.");
            }
            return await ReadPagesAsync(input.FileName, pages, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            pdf?.Dispose();
        }
    }

    private async Task<LayoutDocument> ReadPagesAsync(string fileName, IReadOnlyList<SourcePage> pages,
        IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, PageResult>();
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pages, parallel, (page, ct) =>
        {
            results[page.Number] = ReadPage(page, ct);
            progress?.Report(new PageProgress(Interlocked.Increment(ref done), pages.Count));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);

        var ordered = pages.Select(p => results[p.Number]).ToList();
        var read = ordered.Where(r => r.Page is not null).ToList();
        if (read.Count == 0)
        {
            throw new UnreadableDocumentException(UnreadableReason.Corrupt,
                $"{fileName}: no page could be read ({ordered[0].Problem}); scan or export the document again.");
        }
        var problems = ordered.Where(r => r.Problem is not null)
            .Select(r => new Flag(FlagCode.UnreadableSource, "source", FlagSeverity.Error, $"Page {r.Number}: {r.Problem}.") { Page = r.Number })
            .ToList();
        var wordCount = read.Sum(r => r.WordCount);
        double? mean = wordCount == 0 ? null : read.Sum(r => r.ConfidenceSum) / wordCount;
        return new LayoutDocument(read.Select(r => r.Page!).ToList(), ExtractionMethod.Ocr, pages.Count, mean) { Problems = problems };
    }

    /// <summary>One page, start to finish. Failures of the page become its problem; infrastructure failures throw.</summary>
    private PageResult ReadPage(SourcePage source, CancellationToken cancellationToken)
    {
        try
        {
            using var raster = source.Load(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            using var grey = GreyForOcr(raster, out var dpi);
            var best = ReadUpright(source.Number, grey, dpi, cancellationToken);
            if (best.Sureness >= _options.OrientationRetrySureness)
            {
                return best.Result;
            }
            // A poor read may be a page scanned sideways or upside down: read it turned the way the orientation
            // detection says, or every other way when it cannot tell.
            foreach (var degrees in Orientation.TurnsToTry(DetectOrientation(grey, dpi, cancellationToken), _options.MinOrientationConfidence))
            {
                using var turned = Orientation.Turn(grey, degrees);
                var candidate = ReadUpright(source.Number, turned, dpi, cancellationToken);
                if (candidate.Sureness > best.Sureness)
                {
                    best = candidate;
                }
            }
            return best.Result;
        }
        catch (Exception ex) when (PageProblem(ex) is { } problem)
        {
            return new PageResult(source.Number, null, problem, 0, 0);
        }
    }

    /// <summary>
    /// The page in grey for OCR and the resolution it was scanned at: luminance -> the sheet cut out of a photo ->
    /// resolution (declared, paper and print weighed) -> stamps and signatures taken off.
    /// </summary>
    private Mat GreyForOcr(PageRaster raster, out double dpi)
    {
        var pixels = raster.Pixels;
        var luminance = Luminance(pixels);
        Mat? cut = null;
        try
        {
            if (PageFinder.Find(luminance) is { } sheet)
            {
                cut = PageFinder.Cut(pixels, sheet);
                pixels = cut;
                luminance.Dispose();
                luminance = Luminance(pixels);
            }
            // A photo's declaration (its camera's) says nothing of the sheet; the sheet's own size does.
            dpi = Resolution.Estimate(luminance, cut is null ? raster.DeclaredDpi : null, _options);
            return InkSeparation.ForOcr(pixels, luminance, dpi, _options);
        }
        finally
        {
            luminance.Dispose();
            cut?.Dispose();
        }
    }

    private static Mat Luminance(Mat pixels)
    {
        var luminance = new Mat();
        if (pixels.Channels() == 3)
        {
            Cv2.CvtColor(pixels, luminance, ColorConversionCodes.BGR2GRAY);
        }
        else
        {
            pixels.CopyTo(luminance);
        }
        return luminance;
    }

    /// <summary>
    /// The stages on a page as it lies: prepare -> grid -> shapes -> clean -> OCR -> assemble. Sureness is the
    /// confidence carried by real words (three letters or more) per word read, 0..1.
    /// </summary>
    private (PageResult Result, double Sureness) ReadUpright(int number, Mat grey, double dpi, CancellationToken cancellationToken)
    {
        using var page = _preparer.Prepare(grey, dpi);
        var tables = _grids.Detect(page.Ink, page.Rulings);
        var shapes = ShapeDetector.Detect(page.Ink, tables, page.Dpi);
        using var clean = OcrCleaner.Clean(page.Grey, page.Ink, page.Lines, tables, shapes, page.Dpi);
        var words = new PageOcr(_ocr, _options).Read(clean, page.Dpi, tables, cancellationToken);
        var layout = PageAssembler.Assemble(number, page.Width, page.Height, tables, shapes, words);
        if (_options.KeepPageImages)
        {
            layout = layout with { Image = new PageImage(page.Grey.ImEncode(".png"), "image/png", page.Width, page.Height) };
        }
        var confidence = words.Sum(w => w.Confidence ?? 0);
        // Read sideways, Tesseract still returns words, fairly sure of them, but they are one- and
        // two-character junk ("»", "2.", "tj"): only words with three letters or more count as sure.
        var sure = words.Where(w => w.Text.Count(char.IsLetter) >= 3).Sum(w => w.Confidence ?? 0);
        var sureness = words.Count == 0 ? 0 : sure / words.Count;
        return (new PageResult(number, layout, null, words.Count, confidence), sureness);
    }

    private PageOrientation? DetectOrientation(Mat grey, double dpi, CancellationToken cancellationToken)
    {
        if (_orientation.Value is not { } detector)
        {
            return null;
        }
        using var image = PageOcr.ToOcrImage(grey, (int)Math.Round(dpi));
        return detector.Detect(image, cancellationToken);
    }

    private static OrientationDetector? CreateOrientationDetector()
    {
        try
        {
            return new OrientationDetector();
        }
        catch (TesseractException)
        {
            // Without the osd model (apt tesseract-ocr-osd) a poorly read page is tried at every quarter turn.
            return null;
        }
    }

    private static string? PageProblem(Exception ex) => ex switch
    {
        PageUnreadableException => ex.Message,
        OcrImageException => $"the page image cannot be read for OCR ({ex.Message})",
        TimeoutException => $"OCR took too long ({ex.Message})",
        OpenCVException => $"the page image cannot be processed ({ex.Message})",
        TesseractException { IsTransient: true } => $"OCR failed on this page ({ex.Message})",
        _ => null,
    };

    private static TesseractOcr CreateOcr(ScanOptions options) => new(new TesseractOcrOptions
    {
        Engine = new TesseractOptions
        {
            Languages = options.Language,
            // Tesseract reads every unsure text line a second time inverted, in case it is white on black. SOPs
            // print dark on light (shaded header cells included), so that second read only costs time.
            Variables = new Dictionary<string, string> { ["tessedit_do_invert"] = "0" },
        },
        // Pages of several documents may be read at once (service workers share one reader): an engine per core
        // at least, whatever one document's page parallelism. Engines are made on first need.
        MaxEngines = Math.Max(options.Parallelism, Environment.ProcessorCount),
    });

    /// <summary>The OCR engine the reader uses (for tests).</summary>
    internal IOcrEngine Ocr => _ocr;

    public void Dispose()
    {
        if (_ownsOcr && _ocr is IDisposable disposable)
        {
            disposable.Dispose();
        }
        if (_orientation.IsValueCreated)
        {
            _orientation.Value?.Dispose();
        }
    }

    private sealed record PageResult(int Number, LayoutPage? Page, string? Problem, int WordCount, double ConfidenceSum);
}
