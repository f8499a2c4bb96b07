using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using SopIngest.Tesseract.Interop;

namespace SopIngest.Tesseract;

/// <summary>
/// One initialised Tesseract (a TessBaseAPI with its language models loaded, 60-90 ms to make): reuse it for
/// many images, one at a time. Ownership runs engine -> <see cref="TesseractPage"/> -> <see cref="ResultIterator"/>:
/// an engine holds at most one page, which must be disposed before the next image is processed, and a page's
/// iterators die with it. Calls are serialised, so sharing an engine between threads is safe but gains nothing;
/// for parallel pages use <see cref="TesseractOcr"/>, which keeps one engine per concurrent page.
/// </summary>
/// <example>
/// <code>
/// using var engine = new TesseractEngine(new TesseractOptions { Languages = "ind" });
/// using var image = OcrImage.FromFile("page.png");
/// using var page = engine.Process(image, new OcrRequest { Dpi = 300 }, cancellationToken);
/// OcrPage result = page.ToOcrPage();
/// </code>
/// </example>
public sealed class TesseractEngine : IDisposable
{
    // Tesseract's OEM_DEFAULT: the LSTM models Debian ships; the legacy engine (0) is not in them.
    private const int DefaultEngineMode = 3;

    private readonly TessBaseApiHandle _api;
    private readonly Lock _gate = new();
    private TesseractPage? _openPage;
    // The image Tesseract holds (OcrImage.Id; 0 for none): reading several regions of one image sets it once.
    private long _heldImage;
    private bool _disposed;

    /// <exception cref="TesseractException">The native library or a model is missing, or initialisation failed.</exception>
    public TesseractEngine(TesseractOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Validate();
        TesseractLibrary.EnsureLoaded(options.LimitOpenMpThreads);
        _api = TesseractNative.TessBaseAPICreate();
        if (_api.IsInvalid)
        {
            _api.Dispose();
            throw new TesseractException("Tesseract could not create an engine (out of memory?).", isTransient: true);
        }
        try
        {
            var dataPath = options.ResolvedDataPath;
            if (TesseractNative.TessBaseAPIInit2(_api, dataPath, options.Languages, DefaultEngineMode) != 0)
            {
                throw new TesseractException(
                    $"Tesseract could not load the model(s) '{options.Languages}' from '{dataPath}'. The files exist, so one is " +
                    "damaged or from another Tesseract version: reinstall the apt packages tesseract-ocr-* for these languages.");
            }
            foreach (var (name, value) in options.Variables)
            {
                if (!TesseractNative.TessBaseAPISetVariable(_api, name, value))
                {
                    throw new ArgumentException(
                        $"Tesseract has no parameter '{name}' (or refused the value '{value}'); check TesseractOptions.Variables.",
                        nameof(options));
                }
            }
            Languages = System.Runtime.InteropServices.Marshal.PtrToStringUTF8(
                TesseractNative.TessBaseAPIGetInitLanguagesAsString(_api)) ?? options.Languages;
        }
        catch
        {
            _api.Dispose();
            throw;
        }
    }

    public TesseractOptions Options { get; }

    /// <summary>The models Tesseract reports as loaded, such as <c>ind+eng</c>.</summary>
    public string Languages { get; }

    /// <summary>
    /// Recognises <paramref name="image"/> and returns the page, which the caller disposes (before processing the
    /// next image on this engine).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; Tesseract stops within a word.</exception>
    /// <exception cref="TimeoutException"><see cref="OcrRequest.Timeout"/> passed first.</exception>
    /// <exception cref="TesseractException">Tesseract reported a failure.</exception>
    /// <exception cref="InvalidOperationException">The previous page of this engine is still open.</exception>
    public TesseractPage Process(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        request = (request ?? OcrRequest.Default).Validate();
        if (request.Region is { } region && !OcrBox.FromSize(0, 0, image.Width, image.Height).Contains(region))
        {
            throw new ArgumentOutOfRangeException(nameof(request), region, string.Create(CultureInfo.InvariantCulture,
                $"OcrRequest.Region lies outside the {image.Width} x {image.Height} image."));
        }
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_openPage is not null)
            {
                throw new InvalidOperationException(
                    "This engine still holds a page: dispose the previous TesseractPage before processing another image " +
                    "(Tesseract keeps one page per engine), or use TesseractOcr for several pages at once.");
            }
            try
            {
                Hold(image);
                if ((request.Dpi ?? image.Dpi) is { } dpi)
                {
                    TesseractNative.TessBaseAPISetSourceResolution(_api, dpi);
                }
                TesseractNative.TessBaseAPISetPageSegMode(_api, (int)request.PageSegMode);
                // Always set: a held image still has the previous call's rectangle.
                var r = request.Region ?? OcrBox.FromSize(0, 0, image.Width, image.Height);
                TesseractNative.TessBaseAPISetRectangle(_api, r.Left, r.Top, r.Width, r.Height);
                Recognize(request, cancellationToken);
            }
            catch
            {
                TesseractNative.TessBaseAPIClear(_api);
                _heldImage = 0;
                throw;
            }
            _openPage = new TesseractPage(this, image.Width, image.Height);
            return _openPage;
        }
    }

    /// <summary>
    /// Tesseract's orientation and script detection (OSD) on <paramref name="image"/>: how far its text lies turned.
    /// Needs an engine made with the <c>osd</c> model first (Debian <c>tesseract-ocr-osd</c>), as
    /// <see cref="OrientationDetector"/> makes it. Null when the image has too little text to tell. It cannot be
    /// interrupted once started (about 0.7 s for an A4 page at 240 dpi here).
    /// </summary>
    /// <exception cref="InvalidOperationException">This engine was made without the <c>osd</c> model, or still holds a page.</exception>
    public unsafe PageOrientation? DetectOrientation(OcrImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        // Tesseract detects with the engine's first model's classifier: "ind+osd" reads an upright page as turned.
        if (Options.LanguageList[0] != "osd")
        {
            throw new InvalidOperationException(
                $"Orientation detection needs an engine whose first model is 'osd'; this one loaded '{Options.Languages}'. Use an OrientationDetector.");
        }
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_openPage is not null)
            {
                throw new InvalidOperationException("This engine still holds a page: dispose the previous TesseractPage first.");
            }
            try
            {
                Hold(image);
                if (image.Dpi is { } dpi)
                {
                    TesseractNative.TessBaseAPISetSourceResolution(_api, dpi);
                }
                TesseractNative.TessBaseAPISetRectangle(_api, 0, 0, image.Width, image.Height);
                int degrees;
                float confidence, scriptConfidence;
                IntPtr script;
                if (!TesseractNative.TessBaseAPIDetectOrientationScript(_api, &degrees, &confidence, &script, &scriptConfidence))
                {
                    return null;
                }
                return new PageOrientation(degrees, confidence, System.Runtime.InteropServices.Marshal.PtrToStringUTF8(script), scriptConfidence);
            }
            catch
            {
                TesseractNative.TessBaseAPIClear(_api);
                _heldImage = 0;
                throw;
            }
        }
    }

    /// <summary>Recognises <paramref name="image"/> and returns the result detached from the engine.</summary>
    public OcrPage Recognize(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default)
    {
        using var page = Process(image, request, cancellationToken);
        return page.ToOcrPage();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _openPage?.Dispose();
            _disposed = true;
            _api.Dispose();
        }
    }

    internal TessBaseApiHandle Api => _api;

    internal Lock Gate => _gate;

    internal void Release(TesseractPage page)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_openPage, page))
            {
                // The image copy stays for a following read of another region of the same image (one image per
                // engine, replaced by the next one); the results are cleared by the next call.
                _openPage = null;
            }
        }
    }

    /// <summary>
    /// Gives Tesseract <paramref name="image"/> unless it holds it already. SetImage copies the whole image (pixel by
    /// pixel); a cell read through a rectangle on a page cost a page copy per cell before the image was kept between
    /// calls. Called under the gate.
    /// </summary>
    private void Hold(OcrImage image)
    {
        if (_heldImage != image.Id)
        {
            _heldImage = 0;
            image.SetOn(_api);
            _heldImage = image.Id;
        }
    }

    private void Recognize(OcrRequest request, CancellationToken cancellationToken)
    {
        using var monitor = new RecognitionMonitor(cancellationToken, request.Progress, request.Timeout);
        var started = Stopwatch.GetTimestamp();
        var status = TesseractNative.TessBaseAPIRecognize(_api, monitor.Handle);
        if (monitor.CallbackError is { } error)
        {
            ExceptionDispatchInfo.Capture(error).Throw();
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (status == 0)
        {
            return;
        }
        if (request.Timeout is { } timeout && Stopwatch.GetElapsedTime(started) >= timeout)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"OCR of the image did not finish within {timeout.TotalSeconds:0.###} s.") +
                " Raise OcrRequest.Timeout, or lower the resolution of very large pages.");
        }
        throw new TesseractException(string.Create(CultureInfo.InvariantCulture,
            $"Tesseract's recognition failed (status {status}). Try the page again; if it keeps failing, the image may be empty or damaged."),
            isTransient: true);
    }
}
