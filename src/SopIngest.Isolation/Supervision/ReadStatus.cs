namespace SopIngest.Isolation.Supervision;

/// <summary>How one read in one reader process ended.</summary>
internal enum ReadStatus
{
    /// <summary>A result came back.</summary>
    Done,
    /// <summary>The reader said why it could not read the document (<see cref="ReadOutcome.Failure"/>).</summary>
    Failed,
    /// <summary>The reader died (or sent garbage) without an answer.</summary>
    Crashed,
    /// <summary>Stopped: its memory passed <see cref="IsolationOptions.MemoryLimitBytes"/>.</summary>
    MemoryLimit,
    /// <summary>Stopped: the document took longer than <see cref="IsolationOptions.TimeLimit"/>.</summary>
    TimeLimit,
    /// <summary>Stopped: the caller cancelled.</summary>
    Cancelled,
}
