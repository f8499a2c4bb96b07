namespace SopIngest.Tesseract;

/// <summary>
/// Tesseract's orientation and script detection on its own engine (the legacy <c>osd</c> model, Debian
/// <c>tesseract-ocr-osd</c>), made once and reused. Thread-safe: calls take turns on the one engine, which suits
/// its use for the odd page that reads badly upright.
/// </summary>
public sealed class OrientationDetector : IDisposable
{
    private readonly TesseractEngine _engine;

    /// <exception cref="TesseractException">libtesseract or the <c>osd</c> model is not installed.</exception>
    public OrientationDetector(TesseractOptions? options = null)
    {
        var engine = (options ?? new TesseractOptions()) with { Languages = "osd", Variables = new Dictionary<string, string>() };
        _engine = new TesseractEngine(engine);
    }

    /// <inheritdoc cref="TesseractEngine.DetectOrientation"/>
    public PageOrientation? Detect(OcrImage image, CancellationToken cancellationToken = default) =>
        _engine.DetectOrientation(image, cancellationToken);

    public void Dispose() => _engine.Dispose();
}
