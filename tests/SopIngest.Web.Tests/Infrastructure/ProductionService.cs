namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>Settings for one test on the shared PostgreSQL and Azurite: its own database and blob container.</summary>
internal static class ProductionService
{
    public static async Task<IReadOnlyDictionary<string, string?>> SettingsAsync(ServersFixture servers, string name,
        params (string Key, string? Value)[] extra)
    {
        var database = await servers.Postgres.CreateDatabaseAsync(name);
        return ServiceFactory.Production(database, servers.Azurite.ConnectionString, ServiceSettings.ContainerName(name),
            [.. ServiceFactory.FastJobs, .. extra]);
    }
}
