namespace SopIngest.Core.Validation;

/// <summary>Thresholds of the validator.</summary>
public sealed record ValidationOptions
{
    /// <summary>OCR word confidence (0..1) under which a value is flagged low-confidence.</summary>
    public double LowConfidence { get; init; } = 0.6;

    public static ValidationOptions Default { get; } = new();
}
