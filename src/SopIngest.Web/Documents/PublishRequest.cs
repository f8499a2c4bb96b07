namespace SopIngest.Web.Documents;

/// <summary>
/// Publishing: with error flags left, the reason to publish anyway (stored with the version). Who publishes is the
/// signed-in user or the token's user.
/// </summary>
public sealed record PublishRequest(string? OverrideReason = null);
