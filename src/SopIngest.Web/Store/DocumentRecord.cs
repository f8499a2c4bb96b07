namespace SopIngest.Web.Store;

/// <summary>
/// One uploaded original (unique by <see cref="Sha256"/>) and where it is in its life. Title, number and unit
/// are copied from the current revision so lists and searches need no JSON.
/// <see cref="SopId"/> is the catalogue SOP the document publishes into: its own id, or the SOP it revises.
/// The lease columns make processing exclusive: a worker owns a document while <see cref="LeaseUntil"/> is in
/// the future and renews it while it works; a dead worker's lease runs out and another worker takes over.
/// </summary>
public sealed class DocumentRecord
{
    public Guid Id { get; set; }
    public required string Sha256 { get; set; }
    public required string FileName { get; set; }
    public required string MediaType { get; set; }
    public long SizeBytes { get; set; }
    public DocumentStatus Status { get; set; }

    /// <summary>Why the document failed, for the user ("the file is empty; upload it again").</summary>
    public string? Reason { get; set; }

    /// <summary>The technical detail behind <see cref="Reason"/> or the last transient error, for administrators.</summary>
    public string? Detail { get; set; }

    /// <summary>How many times a worker has claimed the document since it was (re)queued.</summary>
    public int Attempts { get; set; }

    /// <summary>How many extraction results were committed: exactly one per queue-to-result run.</summary>
    public int Extractions { get; set; }

    public string? JobId { get; set; }

    /// <summary>When <see cref="JobId"/> was enqueued; a queued document whose job waits far longer is re-enqueued.</summary>
    public DateTime? EnqueuedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ExtractedAt { get; set; }
    public int? PageCount { get; set; }
    public int PageImages { get; set; }
    public string? Title { get; set; }
    public string? Number { get; set; }
    public string? Unit { get; set; }
    public int CurrentRevision { get; set; }

    /// <summary>The SOP version this document published last (versions are numbered per <see cref="SopId"/>).</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>The catalogue SOP this document is a version of; the document's own id unless it revises another.</summary>
    public Guid SopId { get; set; }

    /// <summary>Why <see cref="SopId"/> is what it is.</summary>
    public SopLink SopLink { get; set; }

    /// <summary>The current revision's flags by severity (the <c>flags</c> rows, counted), for sorting the inbox.</summary>
    public int ErrorFlags { get; set; }
    public int WarningFlags { get; set; }
    public int InfoFlags { get; set; }
}
