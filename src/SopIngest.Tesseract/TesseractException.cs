namespace SopIngest.Tesseract;

/// <summary>
/// Tesseract itself failed: the native library or a language model is missing, initialisation or recognition
/// returned an error. An infrastructure failure, not a problem of the document: the message names what to
/// install or configure. <see cref="IsTransient"/> says whether trying the same page again can help.
/// </summary>
public sealed class TesseractException : Exception
{
    public TesseractException(string message, bool isTransient = false, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    public TesseractException() : this("Tesseract failed.") { }

    public TesseractException(string message) : this(message, false) { }

    public TesseractException(string message, Exception innerException) : this(message, false, innerException) { }

    /// <summary>False for a missing library or model (retrying cannot help); true for a failed recognition run.</summary>
    public bool IsTransient { get; }
}
