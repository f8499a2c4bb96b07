using System.Text.Json;
using SopIngest.Web.Store;

namespace SopIngest.Web.Documents;

/// <summary>Store records to API shapes. The SOP JSON is passed through as written by SopJson, never re-serialised.</summary>
internal static class DocumentMappings
{
    public static DocumentSummary AsSummary(this DocumentRecord d) =>
        new(d.Id, d.FileName, d.Status.ToName(), d.Title, d.Number, d.Unit, d.MediaType, d.Reason, d.CreatedAt, d.UpdatedAt,
            d.ErrorFlags, d.WarningFlags, d.InfoFlags, d.SopId, d.SopLink.ToName());

    public static DocumentDetail AsDetail(this DocumentRecord d, string? resultJson) =>
        new(d.Id, d.FileName, d.Sha256, d.MediaType, d.SizeBytes, d.Status.ToName(), d.Reason, d.Detail, d.Attempts,
            d.PageCount, d.PageImages, d.CurrentRevision, d.PublishedVersion, d.CreatedAt, d.UpdatedAt, d.ExtractedAt,
            d.SopId, d.SopLink.ToName(), resultJson is null ? null : Parse(resultJson));

    public static RevisionView AsView(this RevisionRecord r) =>
        new(r.Number, JsonNamingPolicy.KebabCaseLower.ConvertName(r.Kind.ToString()), r.Author, r.CreatedAt, r.Comment,
            JsonSerializer.Deserialize<List<FieldChange>>(r.Changes) ?? [], Parse(r.Json));

    public static PublicationView AsView(this PublicationRecord p) =>
        new(p.SopId, p.Version, p.RevisionNumber, p.PublishedBy, p.PublishedAt, p.ErrorFlags, p.OverrideReason, Parse(p.Json));

    public static string ToName(this SopLink link) => link.ToString().ToLowerInvariant();

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
