namespace SopIngest.Web.Store;

/// <summary>A published version: a frozen copy of one revision, numbered 1, 2, ... per document.</summary>
public sealed class PublicationRecord
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Version { get; set; }
    public int RevisionNumber { get; set; }
    public required string PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string Json { get; set; }
}
