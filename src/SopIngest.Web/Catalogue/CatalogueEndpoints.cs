using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SopIngest.Web.Publishing;

namespace SopIngest.Web.Catalogue;

/// <summary>
/// The public, read-only catalogue API (no sign-in), described at <c>/openapi/v1.json</c>:
/// <code>
/// GET /api/sops?q=&amp;unit=                         latest version of every published SOP (q: title, unit, number, legal basis)
/// GET /api/sops/{id}                               latest version, with the SOP
/// GET /api/sops/{id}/versions/{n}                  version n, with the SOP
/// GET /api/sops/{id}/versions/{n}/sop.{json|md|html}  the repository files
/// </code>
/// </summary>
public static class CatalogueEndpoints
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueService>();
        services.AddOpenApi(o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/sops", StringComparison.Ordinal) == true);
        return services;
    }

    public static WebApplication MapCatalogue(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        var sops = app.MapGroup("/api/sops").AllowAnonymous().WithTags("Katalog SOP");
        sops.MapGet("/", ListAsync).WithSummary("Published SOPs (latest versions), searchable");
        sops.MapGet("/{id}", LatestAsync).WithSummary("The latest published version of one SOP");
        sops.MapGet("/{id}/versions/{version:int}", VersionAsync).WithSummary("One published version of an SOP");
        sops.MapGet("/{id}/versions/{version:int}/sop.{format:regex(^(json|md|html)$)}", FileAsync)
            .WithSummary("A repository file of a version: schema JSON, Markdown, or print-ready HTML");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<SopSummary>>> ListAsync(CatalogueService catalogue, string? q, string? unit,
        CancellationToken cancellationToken)
    {
        var entries = await catalogue.SearchAsync(q, unit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<SopSummary>>(entries.Select(e => new SopSummary(e.SopId, e.Version, e.Sop.Title, e.Sop.Number,
            e.Sop.Agency.Government, e.Sop.Agency.Unit, e.PublishedAt, e.Sop.LegalBasis.Select(l => l.Text).ToList(),
            CatalogueService.Links(e.SopId, e.Version))).ToList());
    }

    internal static Task<Results<Ok<SopVersion>, NotFound>> LatestAsync(CatalogueService catalogue, string id, CancellationToken cancellationToken) =>
        VersionAsync(catalogue, id, null, cancellationToken);

    internal static async Task<Results<Ok<SopVersion>, NotFound>> VersionAsync(CatalogueService catalogue, string id, int? version,
        CancellationToken cancellationToken)
    {
        var entry = await catalogue.FindAsync(id, version, cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return TypedResults.NotFound();
        }
        var history = await catalogue.HistoryAsync(id, cancellationToken).ConfigureAwait(false);
        using var sop = JsonDocument.Parse(entry.Json);
        return TypedResults.Ok(new SopVersion(entry.SopId, entry.Version, history.Select(v => v.Version).ToList(), entry.PublishedAt,
            CatalogueService.Links(entry.SopId, entry.Version),
            history.Select(v => new SopHistoryEntry(v.Version, v.PublishedAt, v.PublishedBy, v.FileName, v.ErrorFlags, v.OverrideReason,
                CatalogueService.Links(entry.SopId, v.Version))).ToList(),
            sop.RootElement.Clone()));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> FileAsync(HttpContext context, CatalogueService catalogue, string id,
        int version, string format, CancellationToken cancellationToken)
    {
        var entry = await catalogue.FindAsync(id, version, cancellationToken).ConfigureAwait(false);
        var bytes = entry is null ? null : await catalogue.FileAsync(entry, format, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TypedResults.NotFound();
        }
        // the rendered page is ours and encoded, but it holds document text: no scripts, whatever it says
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var inline = string.Equals(format, "html", StringComparison.Ordinal);
        return TypedResults.File(bytes, RepositoryKeys.Formats[format], inline ? null : $"{id}-v{version}.{format}");
    }
}
