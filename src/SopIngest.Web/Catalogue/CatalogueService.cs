using System.Collections.Concurrent;
using SopIngest.Core.Model;
using SopIngest.Web.Publishing;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Catalogue;

/// <summary>
/// The published repository, read-only: the latest version of every catalogue SOP (a revised SOP uploaded as a new
/// document is the next version of its SOP, not a second SOP), searchable by title, unit, number and legal basis. Publications never change, so each is parsed once and kept by its row id; a request
/// costs one small query for the list of latest versions.
/// </summary>
public sealed class CatalogueService(CatalogueQueries queries, IBlobStore blobs, SopPublisher publisher)
{
    private readonly ConcurrentDictionary<long, CatalogueEntry> parsed = new();

    public async Task<IReadOnlyList<CatalogueEntry>> SearchAsync(string? query, string? unit, CancellationToken cancellationToken)
    {
        var heads = await queries.LatestPublicationsAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<CatalogueEntry>(heads.Count);
        foreach (var head in heads)
        {
            if (await EntryAsync(head, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                entries.Add(entry);
            }
        }
        var words = (query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return entries
            .Where(e => string.IsNullOrWhiteSpace(unit) || string.Equals(e.Sop.Agency.Unit, unit.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(e => words.All(w => Haystack(e.Sop).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(e => e.Sop.Agency.Unit, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Sop.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    public async Task<IReadOnlyList<string>> UnitsAsync(CancellationToken cancellationToken) =>
        (await SearchAsync(null, null, cancellationToken).ConfigureAwait(false))
        .Select(e => e.Sop.Agency.Unit).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>A version of a published SOP (latest when <paramref name="version"/> is null); null when there is none.</summary>
    public async Task<CatalogueEntry?> FindAsync(string sopId, int? version, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(sopId, out var id))
        {
            return null;
        }
        var publication = await queries.PublicationAsync(id, version, cancellationToken).ConfigureAwait(false);
        return publication is null ? null : Entry(publication.Id, id, publication.DocumentId, publication.Version, publication.PublishedAt, publication.Json);
    }

    /// <summary>Every version of an SOP, oldest first, with who published it, when, from which file and why with error flags.</summary>
    public async Task<IReadOnlyList<SopVersionHead>> HistoryAsync(string sopId, CancellationToken cancellationToken) =>
        Guid.TryParse(sopId, out var id) ? await queries.VersionsAsync(id, cancellationToken).ConfigureAwait(false) : [];

    /// <summary>A file of a version from the repository; written again from the frozen JSON when missing.</summary>
    public async Task<byte[]?> FileAsync(CatalogueEntry entry, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = RepositoryKeys.File(entry.SopId, entry.Version, RepositoryKeys.FileName(format));
        var blob = await blobs.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            var publication = await queries.PublicationAsync(Guid.Parse(entry.SopId), entry.Version, cancellationToken).ConfigureAwait(false)
                              ?? throw new InvalidOperationException($"SOP {entry.SopId} v{entry.Version} is in the catalogue but not in the store.");
            await publisher.WriteAsync(SopPublisher.Manifest(publication), entry.Json, cancellationToken).ConfigureAwait(false);
            blob = await blobs.GetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        return blob?.Content.ToArray();
    }

    /// <summary>
    /// What changed from one version to the next, value by value; the source (file, hash) and the flags are left out:
    /// they differ for every upload and say nothing about the procedure.
    /// </summary>
    public static IReadOnlyList<FieldChange> Changes(CatalogueEntry before, CatalogueEntry after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RevisionDiff.Compare(before.Json, after.Json)
            .Where(c => !c.Path.StartsWith("source", StringComparison.Ordinal) && !c.Path.StartsWith("flags", StringComparison.Ordinal))
            .ToList();
    }

    public static SopLinks Links(string sopId, int version)
    {
        var self = $"/api/sops/{sopId}/versions/{version}";
        return new SopLinks(self, $"/sop/{sopId}/{version}", $"{self}/sop.json", $"{self}/sop.md", $"{self}/sop.html");
    }

    private async Task<CatalogueEntry?> EntryAsync(PublicationHead head, CancellationToken cancellationToken)
    {
        if (parsed.TryGetValue(head.Id, out var cached))
        {
            return cached;
        }
        var json = await queries.PublicationJsonAsync(head.Id, cancellationToken).ConfigureAwait(false);
        return json is null ? null : Entry(head.Id, head.SopId, head.DocumentId, head.Version, head.PublishedAt, json);
    }

    private CatalogueEntry Entry(long publicationId, Guid sopId, Guid documentId, int version, DateTime publishedAt, string json) =>
        parsed.GetOrAdd(publicationId, _ => new CatalogueEntry(SopPublisher.SopId(sopId), documentId, version, publishedAt,
            SopJson.Deserialize(json) ?? new SopDocument(), json));

    private static string Haystack(SopDocument sop) =>
        string.Join('\n', new[] { sop.Title, sop.Number, sop.Agency.Unit, sop.Agency.SubUnit, sop.Agency.Government }
            .Concat(sop.LegalBasis.Select(l => l.Text)).Where(s => s is not null));
}
