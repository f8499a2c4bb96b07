namespace SopIngest.Isolation;

/// <summary>
/// Reading failed for a reason that is not the document's: the reader process could not start, or it threw an
/// unexpected exception (a reader bug, a missing native library). Transient as far as a host can tell: the service
/// retries; the CLI reports it for the one file.
/// </summary>
public sealed class ReaderFaultException : Exception
{
    public ReaderFaultException(string message, string? detail = null, string? readerExceptionType = null)
        : base(message)
    {
        Detail = detail;
        ReaderExceptionType = readerExceptionType;
    }

    /// <summary>What the reader process said (its exception text or the end of its error output), for administrators.</summary>
    public string? Detail { get; }

    /// <summary>The type of the exception inside the reader, when it threw one.</summary>
    public string? ReaderExceptionType { get; }

    public override string ToString() => Detail is null ? base.ToString() : $"{base.ToString()}{Environment.NewLine}--- reader process ---{Environment.NewLine}{Detail}";
}
