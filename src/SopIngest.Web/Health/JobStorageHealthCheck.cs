using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SopIngest.Web.Jobs;

namespace SopIngest.Web.Health;

/// <summary>Hangfire's storage answers, and reports the extraction queue's length and the live job servers.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var data = new Dictionary<string, object>
            {
                ["enqueued"] = monitoring.EnqueuedCount(JobOptions.Queue),
                ["servers"] = monitoring.Servers().Count,
                ["processing"] = monitoring.ProcessingCount(),
                ["scheduled"] = monitoring.ScheduledCount(),
                ["failed"] = monitoring.FailedCount(),
            };
            return Task.FromResult(HealthCheckResult.Healthy(storage.GetType().Name, data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be reached.", e));
        }
    }
}
