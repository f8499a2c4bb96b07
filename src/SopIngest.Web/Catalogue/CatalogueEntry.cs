using SopIngest.Core.Model;

namespace SopIngest.Web.Catalogue;

/// <summary>
/// A published version as the catalogue knows it: the SOP's stable id, the document this version came from (a revised
/// SOP uploaded later is another document), and the SOP parsed once.
/// </summary>
public sealed record CatalogueEntry(string SopId, Guid DocumentId, int Version, DateTime PublishedAt, SopDocument Sop, string Json);

/// <summary>One SOP in <c>GET /api/sops</c>.</summary>
public sealed record SopSummary(string Id, int Version, string? Title, string? Number, string? Government, string? Unit,
    DateTime PublishedAt, IReadOnlyList<string> LegalBasis, SopLinks Links);

/// <summary>Where to read a version and download its files.</summary>
public sealed record SopLinks(string Self, string Page, string Json, string Markdown, string Html);

/// <summary>
/// <c>GET /api/sops/{id}</c> and <c>/versions/{n}</c>: a version, every version number, the history (who published each
/// version, when, from which file, with which override reason) and the SOP (schema JSON).
/// </summary>
public sealed record SopVersion(string Id, int Version, IReadOnlyList<int> Versions, DateTime PublishedAt, SopLinks Links,
    IReadOnlyList<SopHistoryEntry> History, System.Text.Json.JsonElement Sop);

/// <summary>One version of an SOP in its history.</summary>
public sealed record SopHistoryEntry(int Version, DateTime PublishedAt, string PublishedBy, string SourceFile, int ErrorFlags,
    string? OverrideReason, SopLinks Links);
