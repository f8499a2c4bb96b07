using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SopIngest.Core.Model;
using SopIngest.Web.Review;

namespace SopIngest.Web.Store;

/// <summary>
/// The SOP store: documents, their extraction result and reviewed revisions, and published versions.
/// Every state change is one conditional UPDATE (compare-and-set on status and lease), so two workers or a
/// worker and a reviewer can never both win; the caller learns from the return value whether it did.
/// <list type="bullet">
/// <item>intake: <see cref="AddAsync"/> (deduplicated by SHA-256), <see cref="SetJobAsync"/>, <see cref="RequeueAsync"/></item>
/// <item>processing: <see cref="TryClaimAsync"/>, <see cref="RenewAsync"/>, <see cref="CompleteAsync"/>, <see cref="ReleaseAsync"/>, <see cref="FailAsync"/></item>
/// <item>review: <see cref="SaveRevisionAsync"/>, <see cref="ApproveAsync"/>, <see cref="PublishAsync"/>, <see cref="LinkAsync"/>
/// (the rules themselves are <see cref="ReviewRules"/>'s; <see cref="ReviewService"/> applies them before calling these)</item>
/// <item>queries: <see cref="FindAsync"/>, <see cref="QueryAsync"/>, <see cref="CountAsync(DocumentQuery, CancellationToken)"/>, <see cref="GetRevisionAsync"/>, <see cref="GetRevisionsAsync"/>, <see cref="GetPublicationsAsync"/>, <see cref="CountByStatusAsync"/></item>
/// </list>
/// Each call uses its own short-lived context, so the store is a thread-safe singleton.
/// </summary>
public sealed class SopStore(IDbContextFactory<SopDbContext> contexts, TimeProvider time)
{
    public const string ExtractorAuthor = "extractor";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    // ---- intake ----

    public async Task<AddResult> AddAsync(NewDocument upload, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(upload);
        var existing = await FindBySha256Async(upload.Sha256, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new AddResult(existing, Duplicate: true);
        }
        var now = Now;
        var id = Guid.NewGuid();
        var record = new DocumentRecord
        {
            Id = id,
            SopId = id,
            SopLink = SopLink.Own,
            Sha256 = upload.Sha256,
            FileName = upload.FileName,
            MediaType = upload.MediaType,
            SizeBytes = upload.SizeBytes,
            Status = DocumentStatus.Queued,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Documents.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new AddResult(record, Duplicate: false);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // The same file arrived twice at once (two requests, or the inbox and an upload): the other one won.
            db.Entry(record).State = EntityState.Detached;
            var winner = await FindBySha256Async(upload.Sha256, cancellationToken).ConfigureAwait(false);
            return new AddResult(winner ?? throw new InvalidOperationException("Unique violation without a row.", e), Duplicate: true);
        }
    }

    public async Task SetJobAsync(Guid id, string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        await db.Documents.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId).SetProperty(d => d.EnqueuedAt, now), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts a failed document back in the queue (the UI's "try again"); false when it is not failed.</summary>
    public async Task<bool> RequeueAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        var rows = await db.Documents.Where(d => d.Id == id && d.Status == DocumentStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Queued)
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.Reason, (string?)null)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    // ---- processing ----

    /// <summary>
    /// Takes the document for one attempt when it is queued, or processing under a lease that ran out
    /// (its worker died). Null when another worker holds it or it is already done: the job then has nothing to do.
    /// </summary>
    public async Task<Claim?> TryClaimAsync(Guid id, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        var owner = Guid.NewGuid().ToString("N");
        var until = now + lease;
        var rows = await db.Documents
            .Where(d => d.Id == id && (d.Status == DocumentStatus.Queued ||
                                       (d.Status == DocumentStatus.Processing && (d.LeaseUntil == null || d.LeaseUntil < now))))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Processing)
                .SetProperty(d => d.LeaseOwner, owner)
                .SetProperty(d => d.LeaseUntil, until)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        if (rows == 0)
        {
            return null;
        }
        var record = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return new Claim(id, owner, record.Attempts, record);
    }

    /// <summary>Extends the lease; false when it was lost (expired and taken over), so the worker must stop.</summary>
    public async Task<bool> RenewAsync(Claim claim, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(claim);
        var until = Now + lease;
        var rows = await db.Documents
            .Where(d => d.Id == claim.DocumentId && d.LeaseOwner == claim.Owner && d.Status == DocumentStatus.Processing)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until), cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>
    /// Commits the extraction result as a new revision, its flags, and the status <c>NeedsReview</c> (any
    /// error or warning flag) or <c>Ready</c>, all in one transaction and only while the claim is still held:
    /// a result is committed once, however many times the job ran. False when the claim was lost.
    /// </summary>
    public async Task<bool> CompleteAsync(Claim claim, SopDocument result, int pageImages, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(result);
        var now = Now;
        var status = ReviewRules.StatusFor(result);
        var json = SopJson.Serialize(result);
        var ct = cancellationToken;
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var rows = await db.Documents
                .Where(d => d.Id == claim.DocumentId && d.LeaseOwner == claim.Owner && d.Status == DocumentStatus.Processing)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Status, status)
                    .SetProperty(d => d.LeaseOwner, (string?)null)
                    .SetProperty(d => d.LeaseUntil, (DateTime?)null)
                    .SetProperty(d => d.Reason, (string?)null)
                    .SetProperty(d => d.Detail, (string?)null)
                    .SetProperty(d => d.Extractions, d => d.Extractions + 1)
                    .SetProperty(d => d.CurrentRevision, d => d.CurrentRevision + 1)
                    .SetProperty(d => d.ExtractedAt, now)
                    .SetProperty(d => d.UpdatedAt, now)
                    .SetProperty(d => d.PageCount, result.Source.Pages)
                    .SetProperty(d => d.PageImages, pageImages)
                    .SetProperty(d => d.Title, result.Title)
                    .SetProperty(d => d.Number, result.Number)
                    .SetProperty(d => d.Unit, result.Agency.Unit), ct).ConfigureAwait(false);
            if (rows == 0)
            {
                return false;
            }
            var number = await db.Documents.Where(d => d.Id == claim.DocumentId).Select(d => d.CurrentRevision)
                .SingleAsync(ct).ConfigureAwait(false);
            var previous = await CurrentJsonAsync(db, claim.DocumentId, number - 1, ct).ConfigureAwait(false);
            db.Revisions.Add(new RevisionRecord
            {
                DocumentId = claim.DocumentId,
                Number = number,
                Kind = RevisionKind.Extraction,
                Author = ExtractorAuthor,
                CreatedAt = now,
                Json = json,
                Changes = System.Text.Json.JsonSerializer.Serialize(RevisionDiff.Compare(previous, json)),
            });
            await ReplaceFlagsAsync(db, claim.DocumentId, result, ct).ConfigureAwait(false);
            await RelinkAsync(db, claim.DocumentId, result, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Gives the document back to the queue after a transient failure, keeping the error for admins.</summary>
    public Task<bool> ReleaseAsync(Claim claim, string detail, CancellationToken cancellationToken) =>
        EndLeaseAsync(claim, DocumentStatus.Queued, reason: null, detail, cancellationToken);

    /// <summary>Ends the document as failed: <paramref name="reason"/> for users, <paramref name="detail"/> for admins.</summary>
    public Task<bool> FailAsync(Claim claim, string reason, string detail, CancellationToken cancellationToken) =>
        EndLeaseAsync(claim, DocumentStatus.Failed, reason, detail, cancellationToken);

    /// <summary>
    /// Ends the claim's lease with the document in <paramref name="status"/>, if the claim still holds it; a null
    /// <paramref name="reason"/> leaves the recorded reason as it is.
    /// </summary>
    private async Task<bool> EndLeaseAsync(Claim claim, DocumentStatus status, string? reason, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        var rows = await db.Documents
            .Where(d => d.Id == claim.DocumentId && d.LeaseOwner == claim.Owner && d.Status == DocumentStatus.Processing)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTime?)null)
                .SetProperty(d => d.Reason, d => reason ?? d.Reason)
                .SetProperty(d => d.Detail, detail)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>Documents not finished yet (queued, or processing), oldest first: the recovery sweep's input.</summary>
    public async Task<IReadOnlyList<DocumentRecord>> FindUnfinishedAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Queued || d.Status == DocumentStatus.Processing)
            .OrderBy(d => d.CreatedAt).Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Returns a document whose worker stopped renewing its lease to the queue (compare-and-set on the old
    /// lease, so of several sweepers one wins). With <paramref name="force"/> the lease need not have run out:
    /// used at start-up on the embedded configuration, where no other process can hold it.
    /// </summary>
    public async Task<bool> ExpireLeaseAsync(DocumentRecord stale, bool force, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentNullException.ThrowIfNull(stale);
        var now = Now;
        var owner = stale.LeaseOwner;
        var rows = await db.Documents
            .Where(d => d.Id == stale.Id && d.Status == DocumentStatus.Processing && d.LeaseOwner == owner &&
                        (force || d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Queued)
                .SetProperty(d => d.LeaseOwner, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTime?)null)
                .SetProperty(d => d.Detail, "The worker processing this document stopped; it was queued again.")
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>
    /// Records that a new job was enqueued for a queued document, only if its job is still <paramref name="staleJobId"/>;
    /// false when another sweeper got there first (it enqueued, so this one must not).
    /// </summary>
    public async Task<bool> ReplaceJobAsync(Guid id, string? staleJobId, string newJobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        var rows = await db.Documents.Where(d => d.Id == id && d.JobId == staleJobId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, newJobId).SetProperty(d => d.EnqueuedAt, now), cancellationToken)
            .ConfigureAwait(false);
        return rows == 1;
    }

    // ---- review ----

    /// <summary>
    /// Saves a reviewer's edit as a new revision on top of <paramref name="basedOnRevision"/> (optimistic:
    /// a conflict when someone saved in between). Status becomes <c>NeedsReview</c> or <c>Ready</c> from the
    /// flags of the saved SOP (<see cref="ReviewRules.StatusFor"/>); saving an approved or published SOP reopens it
    /// for review. The flags are stored as given: <see cref="ReviewService.SaveAsync"/> recomputes them first.
    /// </summary>
    public async Task<RevisionRecord> SaveRevisionAsync(Guid id, SopDocument sop, string author, string? comment,
        int basedOnRevision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sop);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var now = Now;
        var json = SopJson.Serialize(sop);
        var status = ReviewRules.StatusFor(sop);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Documents
            .Where(d => d.Id == id && d.CurrentRevision == basedOnRevision && d.CurrentRevision > 0 &&
                        d.Status != DocumentStatus.Queued && d.Status != DocumentStatus.Processing && d.Status != DocumentStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.CurrentRevision, basedOnRevision + 1)
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.Title, sop.Title)
                .SetProperty(d => d.Number, sop.Number)
                .SetProperty(d => d.Unit, sop.Agency.Unit)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        if (rows == 0)
        {
            var current = await FindAsync(id, cancellationToken).ConfigureAwait(false);
            throw current switch
            {
                null => NotFound(id),
                { CurrentRevision: 0 } => new StoreConflictException(
                    $"Document {id} has no extraction result yet ({current.Status.ToName()}); wait for it.",
                    $"Dokumen belum selesai diekstraksi ({current.Status.ToLabel()}); tunggu sebentar."),
                _ when current.CurrentRevision != basedOnRevision => new StoreConflictException(
                    $"Document {id} is at revision {current.CurrentRevision}, not {basedOnRevision}: reload it and apply your changes again.",
                    $"Dokumen sudah pada revisi {current.CurrentRevision}, bukan {basedOnRevision}: muat ulang halaman, lalu terapkan perubahan Anda lagi."),
                _ => new StoreConflictException($"Document {id} is {current.Status.ToName()}; it cannot be edited now.",
                    $"Dokumen berstatus {current.Status.ToLabel()}; tidak dapat diubah sekarang."),
            };
        }
        var previous = await CurrentJsonAsync(db, id, basedOnRevision, cancellationToken).ConfigureAwait(false);
        var revision = new RevisionRecord
        {
            DocumentId = id,
            Number = basedOnRevision + 1,
            Kind = RevisionKind.Review,
            Author = author,
            Comment = comment,
            CreatedAt = now,
            Json = json,
            Changes = System.Text.Json.JsonSerializer.Serialize(RevisionDiff.Compare(previous, json)),
        };
        db.Revisions.Add(revision);
        await ReplaceFlagsAsync(db, id, sop, cancellationToken).ConfigureAwait(false);
        await RelinkAsync(db, id, sop, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return revision;
    }

    /// <summary>Marks the current revision approved (from needs-review or ready).</summary>
    public async Task ApproveAsync(Guid id, string author, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var now = Now;
        var rows = await db.Documents
            .Where(d => d.Id == id && (d.Status == DocumentStatus.NeedsReview || d.Status == DocumentStatus.Ready))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Approved)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        if (rows == 0)
        {
            throw await ConflictAsync(id, "approved", "needs-review or ready", "disetujui",
                $"berstatus {DocumentStatus.NeedsReview.ToLabel()} atau {DocumentStatus.Ready.ToLabel()}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Publishes revision <paramref name="revision"/> of an approved document (a conflict if it is no longer the
    /// current one) as the next version of its catalogue SOP (<see cref="DocumentRecord.SopId"/>), with the error
    /// flags it goes out with and the publisher's reason for that.
    /// </summary>
    public async Task<PublicationRecord> PublishAsync(Guid id, int revision, string author, int errorFlags, string? overrideReason,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Documents
            .Where(d => d.Id == id && d.Status == DocumentStatus.Approved && d.CurrentRevision == revision)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DocumentStatus.Published)
                .SetProperty(d => d.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        if (rows == 0)
        {
            var current = await FindAsync(id, cancellationToken).ConfigureAwait(false);
            throw current is { Status: DocumentStatus.Approved } && current.CurrentRevision != revision
                ? new StoreConflictException($"Document {id} was saved again (revision {current.CurrentRevision}) and must be approved again.",
                    $"Dokumen disimpan lagi (revisi {current.CurrentRevision}) dan harus disetujui lagi.")
                : await ConflictAsync(id, "published", "approved", "diterbitkan", $"berstatus {DocumentStatus.Approved.ToLabel()}",
                    cancellationToken).ConfigureAwait(false);
        }
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        var json = await CurrentJsonAsync(db, id, revision, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException($"Document {id} has no revision {revision}.");
        var version = (await db.Publications.Where(p => p.SopId == document.SopId).MaxAsync(p => (int?)p.Version, cancellationToken)
            .ConfigureAwait(false) ?? 0) + 1;
        await db.Documents.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PublishedVersion, version), cancellationToken).ConfigureAwait(false);
        var publication = new PublicationRecord
        {
            SopId = document.SopId,
            DocumentId = id,
            Version = version,
            RevisionNumber = revision,
            PublishedBy = author,
            PublishedAt = now,
            Json = json,
            ErrorFlags = errorFlags,
            OverrideReason = overrideReason,
        };
        db.Publications.Add(publication);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            // another document of the same SOP took this version number a moment ago; nothing was changed
            throw new StoreConflictException($"Another version of SOP {document.SopId} was published at the same moment; publish again.",
                "Versi lain SOP ini diterbitkan pada saat yang sama; terbitkan sekali lagi.");
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return publication;
    }

    /// <summary>
    /// A reviewer's word on which published SOP the document is a revised version of (<paramref name="sopId"/>), or
    /// that it is a new SOP (null). Not once the document has published versions of its own: they stay with their SOP.
    /// </summary>
    public async Task LinkAsync(Guid id, Guid? sopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (sopId is { } target && target != id && !await db.Publications.AnyAsync(p => p.SopId == target, cancellationToken).ConfigureAwait(false))
        {
            throw new StoreConflictException($"There is no published SOP {target} to make this document a version of.",
                "SOP yang dipilih belum pernah diterbitkan.");
        }
        var newSop = sopId ?? id;
        var rows = await db.Documents
            .Where(d => d.Id == id && !db.Publications.Any(p => p.DocumentId == id))
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.SopId, newSop)
                .SetProperty(d => d.SopLink, SopLink.Reviewer)
                .SetProperty(d => d.UpdatedAt, Now), cancellationToken).ConfigureAwait(false);
        if (rows == 0)
        {
            throw await FindAsync(id, cancellationToken).ConfigureAwait(false) is null
                ? NotFound(id)
                : new StoreConflictException($"Document {id} has published versions of its own; they stay with their SOP.",
                    "Dokumen ini sudah punya versi terbit sendiri; versi itu tetap pada SOP-nya.");
        }
    }

    /// <summary>
    /// The published SOP that another document published under the same unit and title (case and surrounding
    /// spaces aside) as <paramref name="sop"/>, if any: the newest such publication's SOP.
    /// </summary>
    public async Task<Guid?> FindRevisedSopAsync(Guid id, SopDocument sop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sop);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await MatchAsync(db, id, sop, cancellationToken).ConfigureAwait(false);
    }

    // ---- queries ----

    public async Task<DocumentRecord?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DocumentRecord?> FindBySha256Async(string sha256, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Sha256 == sha256, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DocumentRecord>> QueryAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Ordered(Filtered(db, query), query)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many documents <paramref name="query"/> finds in all (its Skip and Take aside), for paging.</summary>
    public async Task<int> CountAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Filtered(db, query).CountAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IQueryable<DocumentRecord> Filtered(SopDbContext db, DocumentQuery query)
    {
        var documents = db.Documents.AsNoTracking();
        if (query.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            var pattern = LikePattern(query.Unit);
            documents = documents.Where(d => d.Unit != null && EF.Functions.Like(d.Unit.ToLower(), pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Title))
        {
            var pattern = LikePattern(query.Title);
            documents = documents.Where(d => d.Title != null && EF.Functions.Like(d.Title.ToLower(), pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Number))
        {
            var pattern = LikePattern(query.Number);
            documents = documents.Where(d => d.Number != null && EF.Functions.Like(d.Number.ToLower(), pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = LikePattern(query.Text);
            documents = documents.Where(d =>
                (d.Title != null && EF.Functions.Like(d.Title.ToLower(), pattern, "\\")) ||
                (d.Unit != null && EF.Functions.Like(d.Unit.ToLower(), pattern, "\\")) ||
                (d.Number != null && EF.Functions.Like(d.Number.ToLower(), pattern, "\\")) ||
                EF.Functions.Like(d.FileName.ToLower(), pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(query.FlagCode))
        {
            var code = query.FlagCode.Trim().ToLowerInvariant();
            documents = documents.Where(d => db.Flags.Any(f => f.DocumentId == d.Id && f.Code == code));
        }
        return documents;
    }

    private static IQueryable<DocumentRecord> Ordered(IQueryable<DocumentRecord> documents, DocumentQuery query)
    {
        var descending = query.Descending;
        var ordered = query.Sort switch
        {
            DocumentSort.Status => descending ? documents.OrderByDescending(LifeOrder) : documents.OrderBy(LifeOrder),
            DocumentSort.Flags => descending
                ? documents.OrderByDescending(d => d.ErrorFlags).ThenByDescending(d => d.WarningFlags).ThenByDescending(d => d.InfoFlags)
                : documents.OrderBy(d => d.ErrorFlags).ThenBy(d => d.WarningFlags).ThenBy(d => d.InfoFlags),
            _ => null,
        };
        // ties (and the upload order itself) by upload time, then id, so that pages never overlap
        return ordered is null
            ? descending ? documents.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id) : documents.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
            : descending ? ordered.ThenByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id) : ordered.ThenBy(d => d.CreatedAt).ThenBy(d => d.Id);
    }

    // Status in the order of a document's life, as a CASE the database can sort by (the column holds the name).
    private static readonly System.Linq.Expressions.Expression<Func<DocumentRecord, int>> LifeOrder = d =>
        d.Status == DocumentStatus.Queued ? 0
        : d.Status == DocumentStatus.Processing ? 1
        : d.Status == DocumentStatus.NeedsReview ? 2
        : d.Status == DocumentStatus.Ready ? 3
        : d.Status == DocumentStatus.Approved ? 4
        : d.Status == DocumentStatus.Published ? 5
        : 6;

    /// <summary>A revision of the document; the current one when <paramref name="number"/> is null.</summary>
    public async Task<RevisionRecord?> GetRevisionAsync(Guid id, int? number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var revisions = db.Revisions.AsNoTracking().Where(r => r.DocumentId == id);
        revisions = number is { } n ? revisions.Where(r => r.Number == n) : revisions.OrderByDescending(r => r.Number);
        return await revisions.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RevisionRecord>> GetRevisionsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Revisions.AsNoTracking().Where(r => r.DocumentId == id).OrderBy(r => r.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PublicationRecord>> GetPublicationsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Publications.AsNoTracking().Where(p => p.DocumentId == id).OrderBy(p => p.Version)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<DocumentStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Documents.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Documents.CountAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string?> CurrentJsonAsync(SopDbContext db, Guid id, int number, CancellationToken cancellationToken) =>
        number <= 0
            ? null
            : await db.Revisions.AsNoTracking().Where(r => r.DocumentId == id && r.Number == number).Select(r => r.Json)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private static async Task ReplaceFlagsAsync(SopDbContext db, Guid id, SopDocument sop, CancellationToken cancellationToken)
    {
        await db.Flags.Where(f => f.DocumentId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var (errors, warnings, infos) = (Count(FlagSeverity.Error), Count(FlagSeverity.Warning), Count(FlagSeverity.Info));
        await db.Documents.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.ErrorFlags, errors)
                .SetProperty(d => d.WarningFlags, warnings)
                .SetProperty(d => d.InfoFlags, infos), cancellationToken).ConfigureAwait(false);
        foreach (var flag in sop.Flags)
        {
            db.Flags.Add(new FlagRecord
            {
                DocumentId = id,
                Code = Kebab(flag.Code.ToString()),
                Severity = Kebab(flag.Severity.ToString()),
                Field = flag.Field,
            });
        }
        int Count(FlagSeverity severity) => sop.Flags.Count(f => f.Severity == severity);
    }

    /// <summary>
    /// A document not yet published and not placed by a reviewer follows its unit and title: the revised version of
    /// the published SOP they match (<see cref="SopLink.Matched"/>), else its own SOP.
    /// </summary>
    private static async Task RelinkAsync(SopDbContext db, Guid id, SopDocument sop, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.SopId, d.SopLink, Published = db.Publications.Any(p => p.DocumentId == id) })
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        if (document.SopLink == SopLink.Reviewer || document.Published)
        {
            return;
        }
        var match = await MatchAsync(db, id, sop, cancellationToken).ConfigureAwait(false);
        var (sopId, link) = match is { } m ? (m, SopLink.Matched) : (id, SopLink.Own);
        if (sopId != document.SopId || link != document.SopLink)
        {
            await db.Documents.Where(d => d.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.SopId, sopId).SetProperty(d => d.SopLink, link), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static async Task<Guid?> MatchAsync(SopDbContext db, Guid id, SopDocument sop, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sop.Title) || string.IsNullOrWhiteSpace(sop.Agency.Unit))
        {
            return null;
        }
        var title = sop.Title.Trim().ToUpperInvariant();
        var unit = sop.Agency.Unit.Trim().ToUpperInvariant();
        return await db.Publications.AsNoTracking()
            .Where(p => p.DocumentId != id && db.Documents.Any(d => d.Id == p.DocumentId && d.Title != null && d.Unit != null &&
                                                                    d.Title.Trim().ToUpper() == title && d.Unit.Trim().ToUpper() == unit))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Select(p => (Guid?)p.SopId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StoreConflictException> ConflictAsync(Guid id, string action, string expected, string tindakan, string diharapkan,
        CancellationToken cancellationToken)
    {
        var current = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        return current is null
            ? NotFound(id)
            : new StoreConflictException($"Document {id} is {current.Status.ToName()}; only a {expected} document can be {action}.",
                $"Dokumen berstatus {current.Status.ToLabel()}; hanya dokumen {diharapkan} yang dapat {tindakan}.");
    }

    private static StoreConflictException NotFound(Guid id) => new($"Document {id} does not exist.", "Dokumen tidak ditemukan.");

    /// <summary>The schema's spelling of a flag code or severity ('InvalidNip' -> 'invalid-nip').</summary>
    internal static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static string LikePattern(string value)
    {
        var escaped = value.Trim().ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException s => s.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
        _ => false,
    };
}
