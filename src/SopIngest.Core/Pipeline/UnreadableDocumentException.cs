namespace SopIngest.Core.Pipeline;

/// <summary>Why a whole document could not be read.</summary>
public enum UnreadableReason { Empty, UnsupportedType, TooLarge, Corrupt, Encrypted, NotText, NoContent }

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
