namespace SopIngest.Web.Jobs;

/// <summary>Section <c>SopIngest:Jobs</c>: how workers take, keep and retry documents. Validated at start.</summary>
public sealed record JobOptions
{
    public const string Section = "SopIngest:Jobs";
    public const string Queue = "extraction";

    /// <summary>Documents processed at once by this process; OCR is CPU-bound, so one per core.</summary>
    public int WorkerCount { get; init; } = Environment.ProcessorCount;

    /// <summary>How long a claim holds without renewal; a dead worker's documents return to the queue after it.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Claims of one document before it is failed for good (each transient failure uses one).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>A document taking longer than this is stopped and counts as a failed attempt (a hung reader).</summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often a worker looks for documents whose job or worker was lost.</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A queued document whose job has not started after this long gets a second job (the first may have been lost
    /// by the job storage during an outage). Longer than the expected queue wait; a duplicate job is harmless.
    /// </summary>
    public TimeSpan RequeueAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often workers poll PostgreSQL for new and scheduled (retrying) jobs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Hangfire.PostgreSql gives a fetched job back to the queue when its worker has not shown life for this long
    /// (sliding: the worker keeps extending it). Our own lease usually recovers the document first.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Resolution of the page images rendered from PDFs for the review screen.</summary>
    public int PageImageDpi { get; init; } = 100;

    /// <summary>Longest side of a page image made from an uploaded picture, in pixels.</summary>
    public int PageImageMaxPixels { get; init; } = 2000;

    /// <summary>Pages rendered per document at most; the review screen of a 2,000-page scan shows the first ones.</summary>
    public int MaxPageImages { get; init; } = 300;

    public JobOptions Validate()
    {
        Require(WorkerCount is >= 1 and <= 256, "WorkerCount must be 1-256.");
        Require(LeaseDuration >= TimeSpan.FromSeconds(3), "LeaseDuration must be at least 3 s (it is renewed every third of it).");
        Require(MaxAttempts >= 1, "MaxAttempts must be at least 1.");
        Require(DocumentTimeout > TimeSpan.Zero, "DocumentTimeout must be positive.");
        Require(SweepInterval > TimeSpan.Zero, "SweepInterval must be positive.");
        Require(RequeueAfter >= SweepInterval, "RequeueAfter must be at least SweepInterval.");
        Require(PollInterval > TimeSpan.Zero, "PollInterval must be positive.");
        Require(InvisibilityTimeout > LeaseDuration, "InvisibilityTimeout must be longer than LeaseDuration.");
        Require(PageImageDpi is >= 30 and <= 600, "PageImageDpi must be 30-600.");
        Require(PageImageMaxPixels >= 200, "PageImageMaxPixels must be at least 200.");
        Require(MaxPageImages >= 0, "MaxPageImages cannot be negative.");
        return this;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Section}: {message}");
        }
    }
}
