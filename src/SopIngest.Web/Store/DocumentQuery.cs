namespace SopIngest.Web.Store;

/// <summary>
/// A search of the SOP store. Every criterion is optional and they combine with AND. Title and unit match
/// a part of the value, case-insensitively; number matches a part as written; flag is a schema flag code
/// ('invalid-nip') of the current revision; <see cref="Text"/> matches a part of the title, unit, number or file name.
/// Results come in <see cref="Sort"/> order (oldest upload first by default, so paging is stable while uploads
/// arrive), <see cref="Take"/> at a time.
/// </summary>
public sealed record DocumentQuery
{
    public DocumentStatus? Status { get; init; }
    public string? Unit { get; init; }
    public string? Title { get; init; }
    public string? Number { get; init; }
    public string? FlagCode { get; init; }
    public string? Text { get; init; }
    public DocumentSort Sort { get; init; } = DocumentSort.Uploaded;

    /// <summary>Newest, latest in the document's life, or most flagged first.</summary>
    public bool Descending { get; init; }

    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}

/// <summary>Orders of <see cref="DocumentQuery"/>; ties are broken by upload time, then id, so pages never overlap.</summary>
public enum DocumentSort
{
    /// <summary>Upload time.</summary>
    Uploaded,

    /// <summary>Status in the order of a document's life (queued ... published, then failed).</summary>
    Status,

    /// <summary>Error flags, then warnings, then info flags of the current revision.</summary>
    Flags,
}
