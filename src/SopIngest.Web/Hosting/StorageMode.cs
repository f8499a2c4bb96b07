using Microsoft.Extensions.Configuration;

namespace SopIngest.Web.Hosting;

/// <summary>
/// Which stores this process uses, read once from the connection strings:
/// <c>ConnectionStrings:Postgres</c> selects PostgreSQL for the SOP store and Hangfire.PostgreSql for jobs;
/// <c>ConnectionStrings:Blobs</c> selects Azure Blob Storage (or Azurite). Either missing means the
/// embedded counterpart: SQLite + Hangfire.InMemory, and a local blob folder.
/// </summary>
public sealed record StorageMode(string? PostgresConnectionString, string? BlobConnectionString, string DataDirectory)
{
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    public bool UsesAzureBlobs => !string.IsNullOrWhiteSpace(BlobConnectionString);

    /// <summary>Hangfire.InMemory forgets every job when the process ends; PostgreSQL keeps them.</summary>
    public bool JobsArePersistent => UsesPostgres;

    public string SqlitePath => Path.Combine(DataDirectory, "sopingest.db");

    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    public static StorageMode From(IConfiguration configuration, string contentRoot, ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        var mode = new StorageMode(configuration.GetConnectionString("Postgres"), configuration.GetConnectionString("Blobs"),
            dataDirectory);
        if (!mode.UsesPostgres && options.Role != ServiceRole.Both)
        {
            // In-memory jobs live in one process: a separate web or worker process would never see them.
            throw new InvalidOperationException(
                $"SopIngest:Role={options.Role} needs shared job storage: set ConnectionStrings:Postgres, or run with Role=Both on the embedded defaults.");
        }
        return mode;
    }
}
