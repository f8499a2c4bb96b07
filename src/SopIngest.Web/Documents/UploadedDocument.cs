namespace SopIngest.Web.Documents;

/// <summary>One file of an upload: its document, and <see cref="Duplicate"/> when the same bytes were already known.</summary>
public sealed record UploadedDocument(Guid Id, string FileName, string Sha256, string Status, bool Duplicate, string Message,
    string Location);
