namespace SopIngest.Web.Store;

/// <summary>
/// A published version: a frozen copy of one document's revision, numbered 1, 2, ... per catalogue SOP
/// (<see cref="SopId"/>), so a revised SOP uploaded as a new document continues its SOP's numbering.
/// </summary>
public sealed class PublicationRecord
{
    public long Id { get; set; }
    public Guid SopId { get; set; }
    public Guid DocumentId { get; set; }
    public int Version { get; set; }
    public int RevisionNumber { get; set; }
    public required string PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string Json { get; set; }

    /// <summary>Error flags the version went out with; each needs <see cref="OverrideReason"/>.</summary>
    public int ErrorFlags { get; set; }

    /// <summary>The publisher's written reason for publishing with error flags; null when there were none.</summary>
    public string? OverrideReason { get; set; }
}
