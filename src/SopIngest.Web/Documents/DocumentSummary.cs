namespace SopIngest.Web.Documents;

/// <summary>A document in a list: enough to show a row and filter.</summary>
public sealed record DocumentSummary(Guid Id, string FileName, string Status, string? Title, string? Number, string? Unit,
    string MediaType, string? Reason, DateTime CreatedAt, DateTime UpdatedAt);
