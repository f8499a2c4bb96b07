using Microsoft.Extensions.Options;
using SopIngest.Core.Pipeline;
using SopIngest.Isolation.Files;
using SopIngest.Web.Store;

namespace SopIngest.Web.Intake;

/// <summary>
/// At first start (an empty store) ingests the documents of <see cref="IntakeOptions.SeedFolder"/>, so the README's
/// main command shows results at once. Later starts skip it; re-ingesting would only find duplicates anyway.
/// </summary>
public sealed class SeedIngestor(
    IntakeService intake,
    SopStore store,
    IOptions<IntakeOptions> options,
    IHostEnvironment environment,
    ILogger<SeedIngestor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = IntakeOptions.Resolve(options.Value.SeedFolder!, environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {Folder} does not exist; nothing ingested", folder);
            return;
        }
        if (await store.CountAsync(stoppingToken).ConfigureAwait(false) > 0)
        {
            logger.LogInformation("The store already has documents; seed folder {Folder} skipped", folder);
            return;
        }
        var files = options.Value.SeedPatterns
            .SelectMany(p => Directory.EnumerateFiles(folder, p))
            .Distinct(StringComparer.Ordinal)
            .Where(f => !options.Value.SeedExclude.Contains(Path.GetFileName(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            byte[] content;
            try
            {
                content = await UntrustedFile.ReadAsync(path, new UntrustedFileOptions { Root = folder, MaxBytes = options.Value.MaxFileBytes },
                    stoppingToken).ConfigureAwait(false);
            }
            catch (UnreadableDocumentException e)
            {
                logger.LogWarning("Seed file skipped: {Reason}", e.Message);
                continue;
            }
            var rejection = intake.Check(name, content.Length, content.AsSpan(0, Math.Min(content.Length, 4096)));
            if (rejection is not null)
            {
                logger.LogWarning("Seed file skipped: {Reason}", rejection.Message);
                continue;
            }
            await intake.AcceptAsync(name, content, stoppingToken).ConfigureAwait(false);
        }
        logger.LogInformation("Seeded {Count} document(s) from {Folder}", files.Count, folder);
    }
}
