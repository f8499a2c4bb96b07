namespace SopIngest.Tesseract;

/// <summary>What <see cref="OcrImage.FromEncoded(ReadOnlySpan{byte}, OcrImageLimits?)"/> accepts, checked from the file header.</summary>
public sealed record OcrImageLimits
{
    public static OcrImageLimits Default { get; } = new();

    /// <summary>
    /// Largest width x height decoded. A4 at 600 dpi is 35 Mpx; a 32-bit colour page of 60 Mpx is 240 MB once
    /// decoded, which is as much as one page may cost.
    /// </summary>
    public long MaxPixels { get; init; } = 60_000_000;

    /// <summary>Largest encoded size in bytes; leptonica needs the whole file in memory.</summary>
    public long MaxBytes { get; init; } = 200_000_000;

    public OcrImageLimits Validate()
    {
        if (MaxPixels <= 0 || MaxBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPixels), "OcrImageLimits.MaxPixels and MaxBytes must be positive.");
        }
        return this;
    }
}
