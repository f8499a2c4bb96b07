using Microsoft.Extensions.Diagnostics.HealthChecks;
using SopIngest.Web.Storage;

namespace SopIngest.Web.Health;

public sealed class BlobStoreHealthCheck(IBlobStore blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await blobs.CheckAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(blobs.GetType().Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The blob store cannot be reached.", e);
        }
    }
}
