using System.Globalization;
using System.Text;
using System.Text.Json;
using SopIngest.Core.Model;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Publishing;

/// <summary>
/// Publishing, once the rules allow it (<see cref="Review.ReviewService.PublishAsync"/>): asks the store for the
/// next version of the document's catalogue SOP (<see cref="SopStore.PublishAsync"/>: approved -> published), then
/// writes the version's JSON, Markdown and print-ready HTML to the repository. The renderings are deterministic from
/// the frozen JSON, so a failed write is repaired by <see cref="WriteAsync"/> (the catalogue does so when a file is missing).
/// </summary>
public sealed class SopPublisher(SopStore store, IBlobStore blobs)
{
    /// <exception cref="StoreConflictException">The document is not approved at <paramref name="revision"/>.</exception>
    public async Task<PublishedSop> PublishAsync(Guid id, int revision, string author, int errorFlags, string? overrideReason,
        CancellationToken cancellationToken)
    {
        var publication = await store.PublishAsync(id, revision, author, errorFlags, overrideReason, cancellationToken).ConfigureAwait(false);
        var published = Manifest(publication);
        await WriteAsync(published, publication.Json, cancellationToken).ConfigureAwait(false);
        return published;
    }

    /// <summary>The repository's record of a publication (<c>publication.json</c>).</summary>
    public static PublishedSop Manifest(PublicationRecord publication)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return new PublishedSop(SopId(publication.SopId), publication.Version, publication.RevisionNumber, publication.PublishedBy,
            publication.PublishedAt, publication.ErrorFlags, publication.OverrideReason);
    }

    /// <summary>Writes (or rewrites) every file of one version.</summary>
    public async Task WriteAsync(PublishedSop published, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(published);
        var sop = SopJson.Deserialize(json) ?? throw new InvalidOperationException($"Publication {published.SopId} v{published.Version} is not an SOP.");
        var (id, v) = (published.SopId, published.Version);
        await PutAsync(RepositoryKeys.File(id, v, RepositoryKeys.Json), json, "application/json", cancellationToken).ConfigureAwait(false);
        await PutAsync(RepositoryKeys.File(id, v, RepositoryKeys.Markdown), SopMarkdownRenderer.Render(sop, published), "text/markdown; charset=utf-8",
            cancellationToken).ConfigureAwait(false);
        await PutAsync(RepositoryKeys.File(id, v, RepositoryKeys.Html), SopHtmlRenderer.Render(sop, published), "text/html; charset=utf-8",
            cancellationToken).ConfigureAwait(false);
        await PutAsync(RepositoryKeys.File(id, v, RepositoryKeys.Manifest), JsonSerializer.Serialize(published, ManifestOptions), "application/json",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The publication record of a version written by <see cref="WriteAsync"/>, or null.</summary>
    public async Task<PublishedSop?> ReadManifestAsync(string sopId, int version, CancellationToken cancellationToken)
    {
        var blob = await blobs.GetAsync(RepositoryKeys.File(sopId, version, RepositoryKeys.Manifest), cancellationToken).ConfigureAwait(false);
        return blob is null ? null : JsonSerializer.Deserialize<PublishedSop>(blob.Content.Span, ManifestOptions);
    }

    /// <summary>
    /// The stable identifier of a catalogue SOP in the repository and the catalogue URLs: the id of the document that
    /// first published it (<see cref="DocumentRecord.SopId"/>); its revised versions keep it.
    /// </summary>
    public static string SopId(Guid sopId) => sopId.ToString("D", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions ManifestOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private Task PutAsync(string key, string text, string contentType, CancellationToken cancellationToken) =>
        blobs.PutAsync(key, Encoding.UTF8.GetBytes(text), contentType, cancellationToken);
}
