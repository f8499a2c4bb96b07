using SopIngest.Engine;
using SopIngest.Isolation;
using SopIngest.Scan;
using SopIngest.Web.Jobs;

namespace SopIngest.Web.Extraction;

/// <summary>
/// Registers extraction: the engine's options (section <c>SopIngest:Engine</c>, every reader's limits) and the reader
/// processes that run it (section <c>SopIngest:Isolation</c>), built once and shared by every job of the process.
/// </summary>
public static class ExtractionServiceCollectionExtensions
{
    public const string EngineSection = "SopIngest:Engine";
    public const string IsolationSection = "SopIngest:Isolation";

    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration configuration, JobOptions jobs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(jobs);
        var (engine, isolation) = Read(configuration, jobs);
        // Scans keep their prepared page rasters: the review screen shows exactly the pixels the flag boxes were measured on.
        engine = engine with { Scan = engine.Scan with { KeepPageImages = true } };
        // The container disposes the pool at shutdown, which ends the reader processes.
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<IsolatedExtractor>>();
            return new IsolatedExtractor(isolation, engine, e => Log(logger, e));
        });
        services.AddSingleton<IDocumentExtractor, IsolatedDocumentExtractor>();
        return services;
    }

    /// <summary>Both sections, validated now so a bad limit stops the start with a message naming the key.</summary>
    internal static (EngineOptions Engine, IsolationOptions Isolation) Read(IConfiguration configuration, JobOptions jobs)
    {
        var engine = configuration.GetSection(EngineSection).Get<EngineOptions>() ?? new EngineOptions();
        var section = configuration.GetSection(IsolationSection);
        var isolation = section.Get<IsolationOptions>() ?? new IsolationOptions();
        // One reader process per document the worker takes at once, unless set.
        isolation = section[nameof(IsolationOptions.MaxProcesses)] is null ? isolation with { MaxProcesses = jobs.WorkerCount } : isolation;
        try
        {
            engine.Validate();
            isolation.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{EngineSection} / {IsolationSection}: {e.Message}", e);
        }
        if (isolation.TimeLimit >= jobs.DocumentTimeout)
        {
            throw new InvalidOperationException(
                $"{IsolationSection}:TimeLimit ({isolation.TimeLimit}) must be shorter than {JobOptions.Section}:DocumentTimeout ({jobs.DocumentTimeout}), so a hung reader fails its document rather than the job's attempt.");
        }
        return (engine, isolation);
    }

    private static void Log(ILogger logger, ReaderEvent e)
    {
        switch (e.Kind)
        {
            case ReaderEventKind.Crashed or ReaderEventKind.GivenUp or ReaderEventKind.Stopped:
                logger.LogWarning("Reader {Event}: {Message}. {Detail}", e.Kind, e.Message, e.Detail);
                break;
            default:
                logger.LogInformation("Reader {Event}: {Message}", e.Kind, e.Message);
                break;
        }
    }
}
