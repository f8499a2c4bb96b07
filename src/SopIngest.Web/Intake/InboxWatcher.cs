using Microsoft.Extensions.Options;
using SopIngest.Core.Pipeline;
using SopIngest.Isolation.Files;

namespace SopIngest.Web.Intake;

/// <summary>
/// Watches <see cref="IntakeOptions.InboxFolder"/> by polling (a FileSystemWatcher misses events on network
/// shares and fires while a file is still being copied). A file is taken once its size and time stayed the same
/// between two polls; it then moves to <c>processed/</c>, or to <c>rejected/</c> with the reason beside it.
/// A file that cannot be ingested now (database away) stays where it is and is tried again on the next poll.
/// </summary>
public sealed class InboxWatcher(
    IntakeService intake,
    IOptions<IntakeOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<InboxWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Length, DateTime Written)> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inbox = IntakeOptions.Resolve(options.Value.InboxFolder!, environment.ContentRootPath);
        Directory.CreateDirectory(inbox);
        logger.LogInformation("Watching the inbox {Inbox}", inbox);
        using var timer = new PeriodicTimer(options.Value.InboxPollInterval, time);
        try
        {
            do
            {
                await PollAsync(inbox, stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    internal async Task PollAsync(string inbox, CancellationToken cancellationToken)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new DirectoryInfo(inbox).EnumerateFiles().Where(f => !f.Name.StartsWith('.')))
        {
            present.Add(file.FullName);
            var state = (file.Length, file.LastWriteTimeUtc);
            if (!_seen.TryGetValue(file.FullName, out var before) || before != state)
            {
                _seen[file.FullName] = state; // still arriving, or new: look again next poll
                continue;
            }
            try
            {
                await IngestAsync(inbox, file, cancellationToken).ConfigureAwait(false);
                _seen.Remove(file.FullName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Inbox file {File} could not be ingested now; trying again", file.Name);
            }
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _seen.Remove(gone);
        }
    }

    private async Task IngestAsync(string inbox, FileInfo file, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            // Regular files inside the inbox only: a named pipe would hang this watcher, a link could hand in any file.
            content = await UntrustedFile.ReadAsync(file.FullName,
                new UntrustedFileOptions { Root = inbox, MaxBytes = options.Value.MaxFileBytes }, cancellationToken).ConfigureAwait(false);
        }
        catch (UnreadableDocumentException e) when (e.Reason == UnreadableReason.NoContent)
        {
            return; // gone since it was listed
        }
        catch (UnreadableDocumentException e)
        {
            await RejectAsync(inbox, file, e.Message, cancellationToken).ConfigureAwait(false);
            return;
        }
        var rejection = intake.Check(file.Name, content.Length, content.AsSpan(0, Math.Min(content.Length, 4096)));
        if (rejection is not null)
        {
            await RejectAsync(inbox, file, rejection.Message, cancellationToken).ConfigureAwait(false);
            return;
        }
        var outcome = await intake.AcceptAsync(file.Name, content, cancellationToken).ConfigureAwait(false);
        var processed = Path.Combine(inbox, "processed");
        Directory.CreateDirectory(processed);
        file.MoveTo(Path.Combine(processed, file.Name), overwrite: true);
        logger.LogInformation("Inbox file {File} -> document {DocumentId}{Duplicate}", file.Name, outcome.Document.Id,
            outcome.Duplicate ? " (already known)" : "");
    }

    /// <summary>Moves the file (a link or a pipe itself, not what it points at) to <c>rejected/</c> with the reason beside it.</summary>
    private async Task RejectAsync(string inbox, FileInfo file, string reason, CancellationToken cancellationToken)
    {
        var rejected = Path.Combine(inbox, "rejected");
        Directory.CreateDirectory(rejected);
        await File.WriteAllTextAsync(Path.Combine(rejected, file.Name + ".reason.txt"), reason, cancellationToken).ConfigureAwait(false);
        file.MoveTo(Path.Combine(rejected, file.Name), overwrite: true);
        logger.LogWarning("Inbox file refused: {Reason}", reason);
    }
}
