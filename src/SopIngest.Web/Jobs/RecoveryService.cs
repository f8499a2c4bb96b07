using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;
using SopIngest.Web.Hosting;
using SopIngest.Web.Store;

namespace SopIngest.Web.Jobs;

/// <summary>
/// Makes sure no document is lost between the store and the job queue. Runs in every worker, at start and
/// then every <see cref="JobOptions.SweepInterval"/>:
/// <list type="bullet">
/// <item>a document <c>processing</c> whose lease ran out (its worker died) goes back to <c>queued</c>;</item>
/// <item>a <c>queued</c> document whose job is gone (Hangfire.InMemory after a restart, a crash between
/// saving and enqueuing) or finished without it (Succeeded, Failed, Deleted), or that has waited longer than
/// <see cref="JobOptions.RequeueAfter"/> (a job the storage lost while the database was away), gets a new job.</item>
/// </list>
/// On the embedded configuration nothing else can hold a lease at start, so leases are dropped at once.
/// Sweeps in several workers may enqueue the same document twice; the job's claim makes that harmless.
/// </summary>
public sealed class RecoveryService(
    SopStore store,
    DocumentQueue queue,
    JobStorage jobStorage,
    StorageMode storage,
    IOptions<JobOptions> options,
    TimeProvider time,
    ILogger<RecoveryService> logger) : BackgroundService
{
    private const int BatchSize = 1000;

    private static readonly HashSet<string> FinishedJobStates =
        new(StringComparer.OrdinalIgnoreCase) { SucceededState.StateName, FailedState.StateName, DeletedState.StateName };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var firstSweep = true;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                var requeued = await SweepAsync(forceLeases: firstSweep && !storage.JobsArePersistent, stoppingToken).ConfigureAwait(false);
                if (requeued > 0)
                {
                    logger.LogInformation("Recovery: {Count} document(s) queued again", requeued);
                }
                firstSweep = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database or job storage is away; the next sweep tries again.
                logger.LogWarning(e, "Recovery sweep failed; retrying in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One pass; returns how many documents got a new job.</summary>
    public async Task<int> SweepAsync(bool forceLeases, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var requeued = 0;
        foreach (var document in await store.FindUnfinishedAsync(BatchSize, cancellationToken).ConfigureAwait(false))
        {
            var needsJob = document.Status switch
            {
                DocumentStatus.Processing => (forceLeases || document.LeaseUntil is null || document.LeaseUntil < now) &&
                                             await store.ExpireLeaseAsync(document, forceLeases, cancellationToken).ConfigureAwait(false),
                DocumentStatus.Queued => !HasLiveJob(document, now),
                _ => false,
            };
            if (needsJob)
            {
                var jobId = queue.Enqueue(document.Id);
                await store.ReplaceJobAsync(document.Id, document.JobId, jobId, cancellationToken).ConfigureAwait(false);
                requeued++;
            }
        }
        return requeued;
    }

    private bool HasLiveJob(DocumentRecord document, DateTime now)
    {
        if (document.JobId is null)
        {
            // Just uploaded, its job id not written yet: give the uploader time before stepping in.
            return now - document.UpdatedAt < options.Value.SweepInterval;
        }
        using var connection = jobStorage.GetConnection();
        var job = connection.GetJobData(document.JobId);
        var waitedTooLong = document.EnqueuedAt is { } enqueued && now - enqueued > options.Value.RequeueAfter;
        return job is not null && !FinishedJobStates.Contains(job.State ?? "") && !waitedTooLong;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
