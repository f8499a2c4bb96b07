namespace SopIngest.Web.Store;

/// <summary>The document for an upload; <see cref="Duplicate"/> when the same bytes were uploaded before.</summary>
public sealed record AddResult(DocumentRecord Document, bool Duplicate);
