namespace SopIngest.Core.Pipeline;

/// <summary>Why a whole document could not be read.</summary>
public enum UnreadableReason
{
    Empty,
    UnsupportedType,
    TooLarge,
    Corrupt,
    Encrypted,
    NotText,
    NoContent,
    /// <summary>A named safety limit was passed (a decompression or expansion bomb, absurd nesting, a time or memory cap).</summary>
    LimitExceeded,
    /// <summary>The reader process died on the file (a stack overflow, a native crash) each time it was tried.</summary>
    ReaderCrashed,
    /// <summary>Not a regular file (a named pipe, a device, a directory) or a link leading out of the intake folder.</summary>
    NotARegularFile,
}

/// <summary>
/// The document itself cannot be read at all (empty, corrupt, encrypted, too large, unsupported).
/// Not transient: retrying will not help; the message says what the user can do.
/// </summary>
public sealed class UnreadableDocumentException : Exception
{
    public UnreadableDocumentException(UnreadableReason reason, string message, Exception? inner = null)
        : base(message, inner) => Reason = reason;

    public UnreadableReason Reason { get; }
}
