namespace SopIngest.Web.Store;

/// <summary>A flag of a document's current revision, kept in rows so "every SOP with invalid-nip" is one query.</summary>
public sealed class FlagRecord
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public required string Code { get; set; }
    public required string Severity { get; set; }
    public required string Field { get; set; }
}
