using System.ComponentModel;
using System.Text;
using Hangfire;
using Microsoft.Extensions.Options;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Web.Extraction;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Jobs;

/// <summary>
/// The Hangfire job for one document. Thin and safe to run twice: it takes the document's id, claims the
/// document (a second run finds nothing to claim), and commits the result only while its claim holds.
/// The work, in order: load original -> extract -> page images -> store result -> commit.
/// Errors, in the three tiers: an unreadable document fails at once with the extractor's message; any other
/// exception is treated as transient, the document goes back to the queue and Hangfire retries with backoff,
/// until <see cref="JobOptions.MaxAttempts"/> claims have failed and the document is failed for good.
/// </summary>
public sealed class ExtractionJob(
    SopStore store,
    IBlobStore blobs,
    IDocumentExtractor extractor,
    PageImageRenderer pageImages,
    IOptions<JobOptions> options,
    ILogger<ExtractionJob> logger)
{
    private readonly JobOptions _options = options.Value;

    // Delays grow from seconds (a database restart) to minutes (an outage); the document's own attempt
    // count, not Hangfire's, decides when it has failed for good, so Hangfire may retry a little longer.
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [2, 5, 10, 20, 30, 60, 120, 300, 600, 900],
        OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisplayName("Extract document {0}")]
    public async Task RunAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var claim = await store.TryClaimAsync(documentId, _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            logger.LogInformation("Document {DocumentId} is done or held by another worker; nothing to do", documentId);
            return;
        }
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        work.CancelAfter(_options.DocumentTimeout);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = KeepLeaseAsync(claim, work, stopHeartbeat.Token);
        try
        {
            var (result, pages) = await ProcessAsync(claim.Document, work.Token).ConfigureAwait(false);
            await StopAsync(stopHeartbeat, heartbeat).ConfigureAwait(false);
            if (!await store.CompleteAsync(claim, result, pages, cancellationToken).ConfigureAwait(false))
            {
                logger.LogWarning("Document {DocumentId}: claim lost before commit; the worker that took it over commits", documentId);
            }
        }
        catch (UnreadableDocumentException e)
        {
            await StopAsync(stopHeartbeat, heartbeat).ConfigureAwait(false);
            await store.FailAsync(claim, e.Message, $"{e.Reason}: {e}", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await StopAsync(stopHeartbeat, heartbeat).ConfigureAwait(false);
            if (await GiveBackAsync(claim, e, timedOut: work.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                    .ConfigureAwait(false))
            {
                throw; // Hangfire retries with backoff
            }
        }
    }

    private async Task<(SopDocument Result, int Pages)> ProcessAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var original = await blobs.GetAsync(BlobKeys.Original(document.Sha256), cancellationToken).ConfigureAwait(false)
                       ?? throw new UnreadableDocumentException(UnreadableReason.NoContent,
                           $"{document.FileName}: the stored original is missing from blob storage; upload the file again.");
        var input = DocumentInput.Create(document.FileName, original.Content);
        var extraction = await extractor.ExtractAsync(input, cancellationToken).ConfigureAwait(false);
        var result = extraction.Sop;
        var pages = await pageImages.RenderAsync(document.Sha256, input.MediaType, original.Content, extraction.Pages, cancellationToken)
            .ConfigureAwait(false);
        await blobs.PutAsync(BlobKeys.Result(document.Sha256), Encoding.UTF8.GetBytes(SopJson.Serialize(result)),
            "application/json", cancellationToken).ConfigureAwait(false);
        return (result, pages);
    }

    /// <summary>Records the failed attempt; true when the document should be retried, false when it failed for good.</summary>
    private async Task<bool> GiveBackAsync(Claim claim, Exception error, bool timedOut)
    {
        var detail = timedOut ? $"Stopped after {_options.DocumentTimeout}: {error}" : error.ToString();
        try
        {
            if (claim.Attempt >= _options.MaxAttempts)
            {
                var reason = timedOut
                    ? $"{claim.Document.FileName}: extraction did not finish within {_options.DocumentTimeout} in {claim.Attempt} attempts; an administrator can see the detail and re-queue it."
                    : $"{claim.Document.FileName}: extraction failed {claim.Attempt} times ({error.GetType().Name}: {error.Message}); an administrator can see the detail and re-queue it.";
                await store.FailAsync(claim, reason, detail, CancellationToken.None).ConfigureAwait(false);
                logger.LogError(error, "Document {DocumentId} failed for good after {Attempts} attempts", claim.DocumentId, claim.Attempt);
                return false;
            }
            await store.ReleaseAsync(claim, detail, CancellationToken.None).ConfigureAwait(false);
            logger.LogWarning(error, "Document {DocumentId} attempt {Attempt} failed; it will be retried", claim.DocumentId, claim.Attempt);
            return true;
        }
        catch (Exception storeError)
        {
            // The database itself is away: the lease runs out, and a retry or the sweep takes the document again.
            logger.LogError(storeError, "Document {DocumentId}: could not record the failed attempt", claim.DocumentId);
            return true;
        }
    }

    /// <summary>Renews the lease every third of its length; if it was lost (taken over), stops the work.</summary>
    private async Task KeepLeaseAsync(Claim claim, CancellationTokenSource work, CancellationToken stop)
    {
        var interval = _options.LeaseDuration / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stop).ConfigureAwait(false);
                if (!await store.RenewAsync(claim, _options.LeaseDuration, stop).ConfigureAwait(false))
                {
                    logger.LogWarning("Document {DocumentId}: lease lost; stopping this attempt", claim.DocumentId);
                    await work.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database blip: keep working and try again; the lease is long enough for a few misses.
                logger.LogWarning(e, "Document {DocumentId}: lease renewal failed", claim.DocumentId);
            }
        }
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task heartbeat)
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }
        await heartbeat.ConfigureAwait(false);
    }
}
