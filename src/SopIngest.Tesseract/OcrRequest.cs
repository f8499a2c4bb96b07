namespace SopIngest.Tesseract;

/// <summary>How to read one image. The defaults read a whole page the way the <c>tesseract</c> CLI does.</summary>
public sealed record OcrRequest
{
    public static OcrRequest Default { get; } = new();

    public PageSegMode PageSegMode { get; init; } = PageSegMode.Auto;

    /// <summary>
    /// Resolution of the image. Tesseract uses it to judge text size; without it (and without one stored in the
    /// file) Tesseract guesses from the text height. Must be 70..2400.
    /// </summary>
    public int? Dpi { get; init; }

    /// <summary>Read only this part of the image (a table cell, a header block); boxes stay in whole-image pixels.</summary>
    public OcrBox? Region { get; init; }

    /// <summary>Recognition gives up after this long and throws <see cref="TimeoutException"/>; null waits.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Told the percentage done (0-100) as words are recognised, on the recognising thread. It may cancel the
    /// run through the token passed with the request. An exception it throws ends the run and is rethrown.
    /// </summary>
    public IProgress<int>? Progress { get; init; }

    public OcrRequest Validate()
    {
        if (!Enum.IsDefined(PageSegMode))
        {
            throw new ArgumentOutOfRangeException(nameof(PageSegMode), PageSegMode, "Not a Tesseract page segmentation mode.");
        }
        if (Dpi is < 70 or > 2400)
        {
            throw new ArgumentOutOfRangeException(nameof(Dpi), Dpi, "OcrRequest.Dpi must be between 70 and 2400.");
        }
        if (Region is { } r && (r.Width <= 0 || r.Height <= 0 || r.Left < 0 || r.Top < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Region), r, "OcrRequest.Region must have a positive size and non-negative origin.");
        }
        if (Timeout is { } t && (t <= TimeSpan.Zero || t.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), t, "OcrRequest.Timeout must be positive and under 24 days.");
        }
        return this;
    }
}
