namespace SopIngest.Web.Publishing;

/// <summary>
/// One published version in the repository: the stable SOP id (the document id, the same for every version),
/// the version number, who published it and why it went out with error flags, if it did.
/// </summary>
public sealed record PublishedSop(string SopId, int Version, int Revision, string PublishedBy, DateTime PublishedAt,
    int ErrorFlags, string? OverrideReason);

/// <summary>The result of a publish request: a version, or a problem for the publisher to read.</summary>
public sealed record PublishOutcome(PublishedSop? Published, string? Problem);
