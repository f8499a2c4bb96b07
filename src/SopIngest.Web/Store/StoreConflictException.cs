namespace SopIngest.Web.Store;

/// <summary>
/// A review action that does not fit the document's state (publishing a document not approved, saving on
/// top of a revision someone else has replaced). The message says what to do; the API answers 409.
/// </summary>
public sealed class StoreConflictException(string message) : Exception(message);
