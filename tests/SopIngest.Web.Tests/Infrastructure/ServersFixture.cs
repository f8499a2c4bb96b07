namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>One PostgreSQL and one Azurite for every test of the "servers" collection, stopped at the end.</summary>
public sealed class ServersFixture : IAsyncLifetime
{
    public PostgresServer Postgres { get; private set; } = null!;
    public AzuriteServer Azurite { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var postgres = PostgresServer.StartAsync();
        var azurite = AzuriteServer.StartAsync();
        Postgres = await postgres;
        Azurite = await azurite;
    }

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<ServersFixture>
{
    public const string Name = "servers";
}
