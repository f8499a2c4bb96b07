using System.Globalization;
using Npgsql;

namespace SopIngest.Servers;

/// <summary>
/// A real PostgreSQL 15 in a temporary folder on 127.0.0.1 and a free port, run as the <c>postgres</c> user
/// when the tests run as root (PostgreSQL refuses root). Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;

    private PostgresServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    private string DataDir => Path.Combine(_folder, "data");

    public static async Task<PostgresServer> StartAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed in {Bin}: apt-get install postgresql-15 (test.sh does).");
        }
        var folder = Directory.CreateTempSubdirectory("sopingest-pg-").FullName;
        if (Shell.IsRoot)
        {
            await Shell.RunAsync("chown", ["postgres:postgres", folder]);
        }
        var server = new PostgresServer(folder, FreePort.Next());
        await Shell.RunAsync(Path.Combine(Bin, "initdb"),
            ["-D", server.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres: true);
        await server.StartServerAsync();
        return server;
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/> (fault tests).</summary>
    public Task StartServerAsync() => Shell.RunAsync(Path.Combine(Bin, "pg_ctl"),
        ["-D", DataDir, "-l", Path.Combine(_folder, "server.log"), "-o",
         string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c max_connections=300 -c fsync=off"),
         "-w", "start"], asPostgres: true);

    /// <summary>Stops the server, dropping every connection (fast shutdown).</summary>
    public Task StopAsync() => Shell.RunAsync(Path.Combine(Bin, "pg_ctl"), ["-D", DataDir, "-m", "fast", "-w", "stop"], asPostgres: true);

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 60)].ToLowerInvariant();
        // Unpooled: a pooled connection may be one the fault tests' restart has cut.
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=5;Command Timeout=30");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(_folder, recursive: true);
    }
}
