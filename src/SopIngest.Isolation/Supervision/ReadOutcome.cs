using SopIngest.Isolation.Protocol;

namespace SopIngest.Isolation.Supervision;

/// <summary>
/// One read's end: the result frame (<see cref="ReadStatus.Done"/>), the reader's failure message
/// (<see cref="ReadStatus.Failed"/>), or what the host saw of a reader it lost (description and detail).
/// </summary>
internal sealed record ReadOutcome(ReadStatus Status, int ProcessId, long? PeakResidentBytes)
{
    public Frame? Result { get; init; }

    public FailureMessage? Failure { get; init; }

    /// <summary>For a lost reader: what it died of, for the user ("a stack overflow").</summary>
    public string? Description { get; init; }

    /// <summary>For a lost reader: exit status and last error output, for administrators.</summary>
    public string? Detail { get; init; }
}
