namespace SopIngest.Tesseract;

/// <summary>
/// The bytes given as an image cannot be OCRed: not an image format leptonica reads, corrupt, or larger than
/// <see cref="OcrImageLimits.MaxPixels"/>. A problem of the document, which a reader turns into a flag or an
/// unreadable-page result; <see cref="Reason"/> says which.
/// </summary>
public sealed class OcrImageException : Exception
{
    public OcrImageException(string message, OcrImageProblem reason) : base(message)
    {
        Reason = reason;
    }

    public OcrImageException() : this("The image cannot be read.", OcrImageProblem.Unreadable) { }

    public OcrImageException(string message) : this(message, OcrImageProblem.Unreadable) { }

    public OcrImageException(string message, Exception innerException) : base(message, innerException)
    {
        Reason = OcrImageProblem.Unreadable;
    }

    public OcrImageProblem Reason { get; }
}
