using SopIngest.Core.Model;
using SopIngest.Web.Publishing;
using SopIngest.Web.Store;

namespace SopIngest.Web.Review;

/// <summary>
/// Saving, approving, publishing and placing a document in the catalogue, with <see cref="ReviewRules"/> applied the
/// same way whoever asks: the review page, the inbox (several documents at once) and the document API. Callers pass
/// who acts from the signed-in identity or token (<see cref="Actor"/>), never from a request body.
/// </summary>
public sealed class ReviewService(SopStore store, SopPublisher publisher, ILogger<ReviewService> logger)
{
    /// <summary>
    /// Saves <paramref name="edited"/>'s values as a new revision on top of <paramref name="basedOnRevision"/>, with
    /// flags recomputed (<see cref="ReviewRules.Revalidate"/>): the flags an editor sends are never stored.
    /// </summary>
    /// <exception cref="StoreConflictException">The document or that revision does not exist, or someone saved in between.</exception>
    public async Task<RevisionRecord> SaveAsync(Guid id, SopDocument edited, string author, string? comment, int basedOnRevision,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edited);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var current = await store.GetRevisionAsync(id, basedOnRevision, cancellationToken).ConfigureAwait(false);
        var currentSop = current is null ? null : SopJson.Deserialize(current.Json);
        if (currentSop is null)
        {
            throw new StoreConflictException($"Document {id} has no revision {basedOnRevision}; reload it.",
                $"Dokumen tidak punya revisi {basedOnRevision}; muat ulang halaman.");
        }
        var revalidated = ReviewRules.Revalidate(edited, currentSop);
        return await store.SaveRevisionAsync(id, revalidated, author, comment, basedOnRevision, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="StoreConflictException">The document is not needs-review or ready.</exception>
    public Task ApproveAsync(Guid id, string author, CancellationToken cancellationToken) =>
        store.ApproveAsync(id, author, cancellationToken);

    /// <summary>
    /// Publishes the current revision as the next version of the document's catalogue SOP and writes its repository
    /// files; an SOP with error flags only with a written reason, which is stored with the version.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(Guid id, string author, string? overrideReason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var revision = await store.GetRevisionAsync(id, null, cancellationToken).ConfigureAwait(false);
        var sop = revision is null ? null : SopJson.Deserialize(revision.Json);
        if (revision is null || sop is null)
        {
            return new PublishOutcome(null, "dokumen tidak ditemukan atau belum diekstraksi.");
        }
        if (ReviewRules.PublishProblem(sop, overrideReason) is { } problem)
        {
            return new PublishOutcome(null, problem);
        }
        var errors = ReviewRules.ErrorFlags(sop);
        try
        {
            var published = await publisher.PublishAsync(id, revision.Number, author, errors, errors > 0 ? overrideReason!.Trim() : null,
                cancellationToken).ConfigureAwait(false);
            if (errors > 0)
            {
                logger.LogWarning("SOP {SopId} v{Version} published by {Author} with {Errors} error flags: {Reason}",
                    published.SopId, published.Version, author, errors, published.OverrideReason);
            }
            return new PublishOutcome(published, null);
        }
        catch (StoreConflictException e)
        {
            return new PublishOutcome(null, e.ForUser);
        }
    }

    /// <summary>Says which published SOP the document is a revised version of (null: a new SOP of its own).</summary>
    /// <exception cref="StoreConflictException">No such published SOP, or the document already has versions of its own.</exception>
    public Task LinkAsync(Guid id, Guid? sopId, CancellationToken cancellationToken) => store.LinkAsync(id, sopId, cancellationToken);

    /// <summary>Approves each document as <see cref="ApproveAsync"/> would, one by one; one refusal does not stop the others.</summary>
    public async Task<IReadOnlyList<BulkOutcome>> ApproveManyAsync(IReadOnlyList<Guid> ids, string author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var outcomes = new List<BulkOutcome>(ids.Count);
        foreach (var id in ids.Distinct())
        {
            try
            {
                await ApproveAsync(id, author, cancellationToken).ConfigureAwait(false);
                outcomes.Add(new BulkOutcome(id, null));
            }
            catch (StoreConflictException e)
            {
                outcomes.Add(new BulkOutcome(id, e.ForUser));
            }
        }
        return outcomes;
    }

    /// <summary>
    /// Publishes each document as <see cref="PublishAsync"/> would (the one reason serves every document that has error
    /// flags); one refusal does not stop the others.
    /// </summary>
    public async Task<IReadOnlyList<BulkOutcome>> PublishManyAsync(IReadOnlyList<Guid> ids, string author, string? overrideReason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var outcomes = new List<BulkOutcome>(ids.Count);
        foreach (var id in ids.Distinct())
        {
            var outcome = await PublishAsync(id, author, overrideReason, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new BulkOutcome(id, outcome.Problem));
        }
        return outcomes;
    }
}

/// <summary>One document of a bulk action: done when <see cref="Problem"/> (Indonesian, for the inbox) is null.</summary>
public sealed record BulkOutcome(Guid Id, string? Problem);
