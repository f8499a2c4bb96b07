namespace SopIngest.Core.Model;

/// <summary>A problem for the reviewer, at a JSON-pointer-like <see cref="Field"/> ('steps[3].duration').</summary>
public sealed record Flag(FlagCode Code, string Field, FlagSeverity Severity, string Message)
{
    public int? Page { get; init; }
    public double[]? Box { get; init; }
    public double? Confidence { get; init; }
}

/// <summary>The closed list of flag codes of the schema.</summary>
public enum FlagCode
{
    MissingField,
    IncompleteNumber,
    UnparsedDate,
    InvalidNip,
    MissingSection,
    StepSequenceGap,
    StepNoActor,
    StepMissingDuration,
    UnparsedDuration,
    UnknownActor,
    LowConfidence,
    UnreadableSource,
}

public enum FlagSeverity { Error, Warning, Info }
