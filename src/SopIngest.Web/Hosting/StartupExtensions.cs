using SopIngest.Web.Store;

namespace SopIngest.Web.Hosting;

public static class StartupExtensions
{
    /// <summary>
    /// Applies pending schema migrations before the service takes work. Retries for a while: in docker-compose
    /// and after a reboot the database often comes up a few seconds after the service.
    /// </summary>
    public static async Task MigrateStoreAsync(this WebApplication app, int attempts = 30)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILogger<SchemaMigrator>>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await app.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (attempt < attempts && e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Database not reachable yet (attempt {Attempt}/{Attempts}): {Message}", attempt, attempts, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), time, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
            }
        }
    }
}
