namespace SopIngest.Isolation;

/// <summary>What happened to a reader process.</summary>
public enum ReaderEventKind
{
    /// <summary>A reader process started and built its engine.</summary>
    Started,
    /// <summary>A reader process died while reading a document.</summary>
    Crashed,
    /// <summary>A reader process was stopped for passing a limit (memory, time) or because its document was cancelled.</summary>
    Stopped,
    /// <summary>A document crashed its readers <see cref="IsolationOptions.MaxCrashes"/> times and is given up.</summary>
    GivenUp,
    /// <summary>
    /// A reader process was replaced after <see cref="IsolationOptions.RecycleAfterDocuments"/> documents, or holding more
    /// than <see cref="IsolationOptions.RecycleAboveResidentBytes"/>.
    /// </summary>
    Recycled,
}
