using Microsoft.EntityFrameworkCore;

namespace SopIngest.Web.Store;

/// <summary>
/// Read-only queries for the review UI and the public catalogue that <see cref="SopStore"/> does not answer:
/// the latest publication of every catalogue SOP, an SOP's version history, the SOPs a document may be linked to.
/// Additive to the store (same context factory, no state); added for issue 5.
/// </summary>
public sealed class CatalogueQueries(IDbContextFactory<SopDbContext> contexts)
{
    /// <summary>The newest publication of every catalogue SOP (without its JSON).</summary>
    public async Task<IReadOnlyList<PublicationHead>> LatestPublicationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking()
            .Where(p => p.Version == db.Publications.Where(q => q.SopId == p.SopId).Max(q => q.Version))
            .Select(p => new PublicationHead(p.Id, p.SopId, p.DocumentId, p.Version, p.PublishedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One version of a catalogue SOP with its JSON (the latest when <paramref name="version"/> is null); null when there is none.</summary>
    public async Task<PublicationRecord?> PublicationAsync(Guid sopId, int? version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var publications = db.Publications.AsNoTracking().Where(p => p.SopId == sopId);
        publications = version is { } v ? publications.Where(p => p.Version == v) : publications.OrderByDescending(p => p.Version);
        return await publications.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every version of a catalogue SOP, oldest first, with the document (file) each came from; no JSON.</summary>
    public async Task<IReadOnlyList<SopVersionHead>> VersionsAsync(Guid sopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Publications.AsNoTracking().Where(p => p.SopId == sopId)
            .Join(db.Documents, p => p.DocumentId, d => d.Id, (p, d) => new
            {
                p.Version, p.PublishedAt, p.PublishedBy, p.DocumentId, d.FileName, p.RevisionNumber, p.ErrorFlags, p.OverrideReason,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.OrderBy(r => r.Version)
            .Select(r => new SopVersionHead(r.Version, r.PublishedAt, r.PublishedBy, r.DocumentId, r.FileName, r.RevisionNumber, r.ErrorFlags,
                r.OverrideReason))
            .ToList();
    }

    /// <summary>Every catalogue SOP's latest title, unit and version, for a reviewer choosing which SOP a document revises.</summary>
    public async Task<IReadOnlyList<PublishedSopChoice>> PublishedSopsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking()
            .Where(p => p.Version == db.Publications.Where(q => q.SopId == p.SopId).Max(q => q.Version))
            .Join(db.Documents, p => p.DocumentId, d => d.Id, (p, d) => new PublishedSopChoice(p.SopId, p.Version, d.Title, d.Unit, d.Number))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> PublicationJsonAsync(long publicationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking().Where(p => p.Id == publicationId).Select(p => p.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A publication without its JSON: enough to know whether a cached copy is current.</summary>
public sealed record PublicationHead(long Id, Guid SopId, Guid DocumentId, int Version, DateTime PublishedAt);

/// <summary>One version in an SOP's history: when, by whom, from which uploaded file and revision, and any override reason.</summary>
public sealed record SopVersionHead(int Version, DateTime PublishedAt, string PublishedBy, Guid DocumentId, string FileName,
    int RevisionNumber, int ErrorFlags, string? OverrideReason);

/// <summary>A published SOP as a reviewer picks it (its latest version's document title, unit and number).</summary>
public sealed record PublishedSopChoice(Guid SopId, int Version, string? Title, string? Unit, string? Number);
