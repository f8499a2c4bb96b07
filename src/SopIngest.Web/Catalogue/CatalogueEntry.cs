using SopIngest.Core.Model;

namespace SopIngest.Web.Catalogue;

/// <summary>A published version as the catalogue knows it: ids, and the SOP parsed once.</summary>
public sealed record CatalogueEntry(string SopId, Guid DocumentId, int Version, DateTime PublishedAt, SopDocument Sop, string Json);

/// <summary>One SOP in <c>GET /api/sops</c>.</summary>
public sealed record SopSummary(string Id, int Version, string? Title, string? Number, string? Government, string? Unit,
    DateTime PublishedAt, IReadOnlyList<string> LegalBasis, SopLinks Links);

/// <summary>Where to read a version and download its files.</summary>
public sealed record SopLinks(string Self, string Page, string Json, string Markdown, string Html);

/// <summary><c>GET /api/sops/{id}</c> and <c>/versions/{n}</c>: a version, every version number, and the SOP (schema JSON).</summary>
public sealed record SopVersion(string Id, int Version, IReadOnlyList<int> Versions, DateTime PublishedAt, SopLinks Links,
    System.Text.Json.JsonElement Sop);
