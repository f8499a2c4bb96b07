using Microsoft.EntityFrameworkCore;

namespace SopIngest.Web.Store;

/// <summary>
/// Read-only queries for the review UI and the public catalogue that <see cref="SopStore"/> does not answer:
/// flag counts per document and severity, and the latest publication of every published SOP.
/// Additive to the store (same context factory, no state); added for issue 5.
/// </summary>
public sealed class CatalogueQueries(IDbContextFactory<SopDbContext> contexts)
{
    /// <summary>For each document, its current flags counted by severity word ('error', 'warning', 'info').</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, int>>> FlagCountsAsync(IReadOnlyCollection<Guid> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyDictionary<string, int>>();
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Flags.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
            .GroupBy(f => new { f.DocumentId, f.Severity })
            .Select(g => new { g.Key.DocumentId, g.Key.Severity, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.DocumentId).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<string, int>)g.ToDictionary(r => r.Severity, r => r.Count, StringComparer.Ordinal));
    }

    /// <summary>The newest publication of every document published at least once (without its JSON).</summary>
    public async Task<IReadOnlyList<PublicationHead>> LatestPublicationsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking()
            .Where(p => p.Version == db.Publications.Where(q => q.DocumentId == p.DocumentId).Max(q => q.Version))
            .Select(p => new PublicationHead(p.Id, p.DocumentId, p.Version, p.PublishedAt))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One publication with its JSON; null when the document has no such version.</summary>
    public async Task<PublicationRecord?> PublicationAsync(Guid documentId, int? version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var publications = db.Publications.AsNoTracking().Where(p => p.DocumentId == documentId);
        publications = version is { } v ? publications.Where(p => p.Version == v) : publications.OrderByDescending(p => p.Version);
        return await publications.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> PublicationJsonAsync(long publicationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking().Where(p => p.Id == publicationId).Select(p => p.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>A publication without its JSON: enough to know whether a cached copy is current.</summary>
public sealed record PublicationHead(long Id, Guid DocumentId, int Version, DateTime PublishedAt);
