namespace SopIngest.Web.Documents;

/// <summary>The 202 answer to an upload, one entry per file in the order sent.</summary>
public sealed record UploadResponse(IReadOnlyList<UploadedDocument> Documents);
