namespace SopIngest.Web.Store;

/// <summary>A worker's exclusive hold on a document: <see cref="Owner"/> is unique to this one attempt.</summary>
public sealed record Claim(Guid DocumentId, string Owner, int Attempt, DocumentRecord Document);
