namespace SopIngest.Web.Store;

/// <summary>
/// A review action that does not fit the document's state (publishing a document not approved, saving on
/// top of a revision someone else has replaced). The message says what to do; the API answers 409 with it, and the
/// (Indonesian) UI shows <see cref="ForUser"/>.
/// </summary>
public sealed class StoreConflictException(string message, string? indonesian = null) : Exception(message)
{
    /// <summary>The same in Indonesian, with the UI's status labels, for the review screens.</summary>
    public string ForUser { get; } = indonesian ?? message;
}
