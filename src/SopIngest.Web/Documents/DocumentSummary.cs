namespace SopIngest.Web.Documents;

/// <summary>
/// A document in a list: enough to show a row, filter and sort: the current revision's flags counted by severity, and
/// the catalogue SOP it publishes into (its own id unless it is a revised version of another).
/// </summary>
public sealed record DocumentSummary(Guid Id, string FileName, string Status, string? Title, string? Number, string? Unit,
    string MediaType, string? Reason, DateTime CreatedAt, DateTime UpdatedAt, int ErrorFlags, int WarningFlags, int InfoFlags,
    Guid SopId, string SopLink);
