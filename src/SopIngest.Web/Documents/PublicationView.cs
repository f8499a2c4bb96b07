using System.Text.Json;

namespace SopIngest.Web.Documents;

/// <summary>A published version: of which catalogue SOP, from which revision, by whom, and why with error flags if it had any.</summary>
public sealed record PublicationView(Guid SopId, int Version, int RevisionNumber, string PublishedBy, DateTime PublishedAt, int ErrorFlags,
    string? OverrideReason, JsonElement Sop);
