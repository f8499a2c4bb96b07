namespace SopIngest.Core.Pipeline;

/// <summary>Limits that protect a worker from hostile or absurd input; checked once at start-up.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Largest accepted input (bytes). A 2,000-page scan is about 400 MB; exports are far smaller.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest accepted text export (bytes): a real SOP export is tens of kilobytes.</summary>
    public long MaxTextBytes { get; init; } = 16L * 1024 * 1024;

    public ExtractionOptions Validate()
    {
        if (MaxBytes <= 0 || MaxTextBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), "Size limits must be positive.");
        }
        return this;
    }
}
