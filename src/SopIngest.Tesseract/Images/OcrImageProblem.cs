namespace SopIngest.Tesseract;

/// <summary>Why an image was refused.</summary>
public enum OcrImageProblem
{
    /// <summary>Not a known image format, or its data is corrupt.</summary>
    Unreadable,
    /// <summary>Width x height exceeds <see cref="OcrImageLimits.MaxPixels"/> (a decompression bomb or a mistake).</summary>
    TooLarge,
}
