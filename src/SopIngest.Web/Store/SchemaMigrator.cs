using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace SopIngest.Web.Store;

/// <summary>
/// Applies the versioned SQL scripts (<c>Store/Migrations/{provider}/NNNN_name.sql</c>, embedded) that are not
/// yet in <c>schema_migrations</c>, in order, each in its own transaction. On PostgreSQL an advisory lock makes
/// concurrent starts (two workers booting together) take turns instead of racing on CREATE TABLE.
/// Plain scripts rather than EF migrations because one model serves two providers with different DDL.
/// </summary>
public sealed class SchemaMigrator(SopDbContext context, TimeProvider time, ILogger<SchemaMigrator> logger)
{
    private const long AdvisoryLockKey = 0x50_50_49_6E_67_65_73_74; // "SopIngest", arbitrary but fixed

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var isPostgres = context.Database.IsNpgsql();
        var provider = isPostgres ? "postgres" : "sqlite";
        var scripts = Scripts(provider);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!isPostgres)
            {
                // WAL lets the API read while a job writes; busy waits come from Microsoft.Data.Sqlite's command timeout.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
            var applied = new List<string>();
            foreach (var (version, name, sql) in scripts)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                if (isPostgres)
                {
                    await ExecuteAsync(connection, transaction,
                        string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey});"),
                        cancellationToken).ConfigureAwait(false);
                }
                await ExecuteAsync(connection, transaction,
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);",
                    cancellationToken).ConfigureAwait(false);
                if (await IsAppliedAsync(connection, transaction, version, cancellationToken).ConfigureAwait(false))
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                await using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @a);";
                    AddParameter(insert, "@v", version);
                    AddParameter(insert, "@n", name);
                    AddParameter(insert, "@a", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Applied schema migration {Version} {Name} ({Provider})", version, name, provider);
                applied.Add(name);
            }
            return applied;
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    internal static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{assembly.GetName().Name}.Store.Migrations.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^".sql".Length];
                var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
                return (version, name, Read(assembly, n));
            })
            .OrderBy(s => s.version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction transaction, int version,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = @v;";
        AddParameter(command, "@v", version);
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return count > 0;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
