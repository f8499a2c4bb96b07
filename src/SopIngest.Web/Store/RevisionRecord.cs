namespace SopIngest.Web.Store;

/// <summary>
/// One saved state of a document's SOP: revision 1 is the extraction result, later ones are reviewers' saves.
/// Never updated: each save adds a row, with who, when and the list of changed fields.
/// </summary>
public sealed class RevisionRecord
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public int Number { get; set; }
    public RevisionKind Kind { get; set; }
    public required string Author { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? Comment { get; set; }

    /// <summary>The SOP as <c>SopJson</c>.</summary>
    public required string Json { get; set; }

    /// <summary>JSON array of <see cref="FieldChange"/> against the previous revision (empty for revision 1).</summary>
    public required string Changes { get; set; }
}
