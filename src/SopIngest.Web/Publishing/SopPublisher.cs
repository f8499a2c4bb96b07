using System.Globalization;
using System.Text;
using System.Text.Json;
using SopIngest.Core.Model;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Publishing;

/// <summary>
/// Publishing: refuses an SOP with error flags unless the publisher writes a reason, asks the store for the next
/// version (<see cref="SopStore.PublishAsync"/>: approved -> published), then writes the version's JSON, Markdown
/// and print-ready HTML to the repository. The renderings are deterministic from the frozen JSON, so a failed
/// write is repaired by <see cref="WriteAsync"/> (the catalogue does so when a file is missing).
/// </summary>
public sealed class SopPublisher(SopStore store, IBlobStore blobs, ILogger<SopPublisher> logger)
{
    public async Task<PublishOutcome> PublishAsync(Guid id, string author, string? overrideReason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var revision = await store.GetRevisionAsync(id, null, cancellationToken).ConfigureAwait(false);
        var sop = revision is null ? null : SopJson.Deserialize(revision.Json);
        if (sop is null)
        {
            return new PublishOutcome(null, "dokumen tidak ditemukan atau belum diekstraksi.");
        }
        var errors = sop.Flags.Count(f => f.Severity == FlagSeverity.Error);
        if (errors > 0 && (overrideReason is null || overrideReason.Trim().Length < 10))
        {
            return new PublishOutcome(null,
                $"masih ada {errors} tanda galat; perbaiki dulu, atau tulis alasan menerbitkan (minimal 10 karakter).");
        }
        PublicationRecord publication;
        try
        {
            publication = await store.PublishAsync(id, author, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException e)
        {
            return new PublishOutcome(null, e.Message);
        }
        var published = new PublishedSop(SopId(id), publication.Version, publication.RevisionNumber, author, publication.PublishedAt,
            errors, errors > 0 ? overrideReason!.Trim() : null);
        await WriteAsync(published, publication.Json, cancellationToken).ConfigureAwait(false);
        if (errors > 0)
        {
            logger.LogWarning("SOP {SopId} v{Version} published by {Author} with {Errors} error flags: {Reason}",
                published.SopId, published.Version, author, errors, published.OverrideReason);
        }
        return new PublishOutcome(published, null);
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

    /// <summary>The stable identifier of a document's SOP in the repository and the catalogue URLs.</summary>
    public static string SopId(Guid documentId) => documentId.ToString("D", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions ManifestOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private Task PutAsync(string key, string text, string contentType, CancellationToken cancellationToken) =>
        blobs.PutAsync(key, Encoding.UTF8.GetBytes(text), contentType, cancellationToken);
}
