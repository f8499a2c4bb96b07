namespace SopIngest.Web.Store;

/// <summary>
/// A search of the SOP store. Every criterion is optional and they combine with AND. Title and unit match
/// a part of the value, case-insensitively; number matches a part as written; flag is a schema flag code
/// ('invalid-nip') of the current revision.
/// </summary>
public sealed record DocumentQuery
{
    public DocumentStatus? Status { get; init; }
    public string? Unit { get; init; }
    public string? Title { get; init; }
    public string? Number { get; init; }
    public string? FlagCode { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}
