namespace SopIngest.Web.Documents;

/// <summary>
/// Who approves or publishes (the signed-in user when there is one), and for publishing with error flags
/// left, the reason (recorded with the publication).
/// </summary>
public sealed record ReviewActionRequest(string Author, string? OverrideReason = null);
