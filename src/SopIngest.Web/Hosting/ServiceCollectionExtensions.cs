using Azure.Storage.Blobs;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopIngest.Web.Intake;
using SopIngest.Web.Jobs;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Hosting;

/// <summary>The service's registrations, one group per concern, each reading its own options section.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Options of every section, validated now so a bad setting stops the start with a clear message.</summary>
    public static ServiceSettings AddServiceSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var service = (builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions()).Validate();
        var jobs = (builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions()).Validate();
        var intake = (builder.Configuration.GetSection(IntakeOptions.Section).Get<IntakeOptions>() ?? new IntakeOptions()).Validate();
        var storage = StorageMode.From(builder.Configuration, builder.Environment.ContentRootPath, service);
        builder.Services.AddSingleton(Options.Create(service));
        builder.Services.AddSingleton(Options.Create(jobs));
        builder.Services.AddSingleton(Options.Create(intake));
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(TimeProvider.System);
        return new ServiceSettings(service, jobs, intake, storage);
    }

    /// <summary>The SOP store: PostgreSQL when configured, else SQLite in the data folder.</summary>
    public static IServiceCollection AddSopStore(this IServiceCollection services, StorageMode storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (!storage.UsesPostgres)
        {
            Directory.CreateDirectory(storage.DataDirectory);
        }
        services.AddDbContextFactory<SopDbContext>(options =>
        {
            if (storage.UsesPostgres)
            {
                options.UseNpgsql(storage.PostgresConnectionString);
            }
            else
            {
                // Default Timeout: how long a writer waits for another (SQLite has one writer at a time).
                options.UseSqlite($"Data Source={storage.SqlitePath};Default Timeout=60");
            }
        });
        services.AddSingleton<SopStore>();
        services.AddTransient<SchemaMigrator>(sp =>
            new SchemaMigrator(sp.GetRequiredService<IDbContextFactory<SopDbContext>>().CreateDbContext(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SchemaMigrator>>()));
        return services;
    }

    /// <summary>Blobs: Azure Blob Storage (or Azurite) when configured, else a folder beside the database.</summary>
    public static IServiceCollection AddBlobStore(this IServiceCollection services, StorageMode storage, ServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        if (storage.UsesAzureBlobs)
        {
            services.AddSingleton<IBlobStore>(_ =>
                new AzureBlobStore(new BlobContainerClient(storage.BlobConnectionString, options.BlobContainer)));
        }
        else
        {
            services.AddSingleton<IBlobStore>(_ => new FileSystemBlobStore(storage.BlobDirectory));
        }
        return services;
    }

    /// <summary>
    /// Hangfire: PostgreSQL job storage shared by every process, or in-memory on the embedded configuration;
    /// a job server only in processes that run as workers.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, ServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (service, jobs, storage) = (settings.Service, settings.Jobs, settings.Storage);
        // This process's job storage and activator are registered as ordinary singletons before AddHangfire, whose
        // TryAdd then keeps them: Hangfire's defaults come from static globals (JobStorage.Current,
        // JobActivator.Current) that several hosts in one process (the tests) would overwrite for each other.
        services.AddSingleton<JobStorage>(_ => storage.UsesPostgres
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.PostgresConnectionString!, PostgresJobOptions(jobs), null),
                PostgresJobOptions(jobs))
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<DocumentQueue>();
        services.AddTransient<ExtractionJob>();
        services.AddSingleton<PageImageRenderer>();
        if (service.RunsWorker)
        {
            services.AddHangfireServer(options =>
            {
                options.WorkerCount = jobs.WorkerCount;
                options.Queues = [JobOptions.Queue];
                options.SchedulePollingInterval = jobs.PollInterval;
            });
            services.AddHostedService<RecoveryService>();
        }
        return services;
    }

    private static PostgreSqlStorageOptions PostgresJobOptions(JobOptions jobs) => new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = jobs.PollInterval,
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
    };

    /// <summary>Upload limits, the intake service, the inbox folder watcher and first-start seeding.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, ServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var intake = settings.Intake;
        services.AddSingleton<IntakeService>();
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = intake.MaxRequestBytes;
            o.ValueCountLimit = Math.Max(o.ValueCountLimit, intake.MaxFilesPerRequest * 2);
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = intake.MaxRequestBytes);
        if (!settings.Service.RunsWeb)
        {
            return services; // the inbox and seeding belong to the process that takes uploads
        }
        if (!string.IsNullOrWhiteSpace(intake.InboxFolder))
        {
            services.AddHostedService<InboxWatcher>();
        }
        if (!string.IsNullOrWhiteSpace(intake.SeedFolder))
        {
            services.AddHostedService<SeedIngestor>();
        }
        return services;
    }
}
