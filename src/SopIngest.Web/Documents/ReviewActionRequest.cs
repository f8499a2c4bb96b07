namespace SopIngest.Web.Documents;

/// <summary>Who approves or publishes.</summary>
public sealed record ReviewActionRequest(string Author);
