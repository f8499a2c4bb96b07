namespace SopIngest.Tesseract;

/// <summary>
/// The OCR extension point: reads the text, lines and words of one image. Implementations are thread-safe and
/// meant to be shared (a singleton); <see cref="TesseractOcr"/> is the one that ships.
/// </summary>
public interface IOcrEngine
{
    /// <summary>
    /// Recognises <paramref name="image"/>. Throws <see cref="OperationCanceledException"/> when cancelled,
    /// <see cref="TimeoutException"/> past <see cref="OcrRequest.Timeout"/>, and <see cref="TesseractException"/>
    /// (see its <c>IsTransient</c>) when the engine itself fails.
    /// </summary>
    OcrPage Recognize(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default);
}
