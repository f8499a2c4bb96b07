namespace SopIngest.Web.Store;

/// <summary>
/// Why a document publishes into the catalogue SOP it does (<see cref="DocumentRecord.SopId"/>); stored as the
/// lower-case word.
/// </summary>
public enum SopLink
{
    /// <summary>Its own SOP (the document id): a new SOP.</summary>
    Own,

    /// <summary>A published SOP with the same unit and title: the document is its revised version.</summary>
    Matched,

    /// <summary>A reviewer said which published SOP this document revises (or that it revises none).</summary>
    Reviewer,
}
