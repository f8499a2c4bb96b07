using Hangfire;

namespace SopIngest.Web.Jobs;

/// <summary>Enqueues a document's extraction job. Enqueuing twice is harmless: the job claims before it works.</summary>
public sealed class DocumentQueue(IBackgroundJobClient jobs)
{
    public string Enqueue(Guid documentId) =>
        jobs.Enqueue<ExtractionJob>(JobOptions.Queue, job => job.RunAsync(documentId, CancellationToken.None));
}
