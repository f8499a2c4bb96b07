using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SopIngest.Web.Store;

namespace SopIngest.Web.Health;

/// <summary>The SOP store answers a query (the schema is in place, the server reachable).</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<SopDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await db.Documents.AnyAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(db.Database.ProviderName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The SOP database cannot be reached.", e);
        }
    }
}
