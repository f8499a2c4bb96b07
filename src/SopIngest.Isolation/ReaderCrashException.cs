namespace SopIngest.Isolation;

/// <summary>
/// The inner exception of a document failed by isolation (a crash, or a memory or time limit): what the reader
/// process left behind (exit status, the end of its error output), for the administrator's technical detail. Users
/// see the outer exception's message only.
/// </summary>
public sealed class ReaderCrashException(string message, string detail) : Exception(message)
{
    /// <summary>The reader's exit status and the end of its error output (a stack trace, for a stack overflow).</summary>
    public string Detail { get; } = detail;

    public override string ToString() => $"{base.ToString()}{Environment.NewLine}--- reader process ---{Environment.NewLine}{Detail}";
}
