using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Isolation.Protocol;
using SopIngest.Isolation.Supervision;

namespace SopIngest.Isolation;

/// <summary>
/// The extraction engine (<see cref="SopEngine"/>), run in a small pool of supervised reader processes so that
/// nothing a document does to its reader (a stack overflow, a native crash, a memory blow-up, a hang) can take the
/// host or the other documents with it. Each reader reads one document at a time under the limits of
/// <see cref="IsolationOptions"/>; a reader that dies or is stopped is replaced. Thread-safe; build once per host.
/// <para>
/// Outcomes, in the engine's terms: a result; <see cref="UnreadableDocumentException"/> for a document that cannot be
/// read (the engine's own reasons, and <see cref="UnreadableReason.LimitExceeded"/> for a reader stopped at a memory
/// or time limit, <see cref="UnreadableReason.ReaderCrashed"/> for a document that crashed
/// <see cref="IsolationOptions.MaxCrashes"/> readers: poison, not tried again); <see cref="ReaderFaultException"/>
/// when the failure is not the document's (the reader cannot start, or hit a bug).
/// </para>
/// </summary>
public sealed class IsolatedExtractor : IAsyncDisposable, IDisposable
{
    private readonly IsolationOptions _options;
    private readonly EngineOptions _engine;
    private readonly Action<ReaderEvent>? _events;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<ReaderProcess> _idle = new();
    private readonly ConcurrentDictionary<int, ReaderProcess> _live = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly Lock _warmGate = new();
    private Task<ReaderProcess>? _warming;
    private long _nextId;
    private int _started;
    private int _crashes;

    public IsolatedExtractor(IsolationOptions? options = null, EngineOptions? engine = null, Action<ReaderEvent>? events = null)
    {
        _options = (options ?? new IsolationOptions()).Validate();
        _engine = engine ?? new EngineOptions();
        _events = events;
        _slots = new SemaphoreSlim(_options.MaxProcesses, _options.MaxProcesses);
    }

    /// <summary>Reader processes started so far (for tests and benchmarks).</summary>
    public int ProcessesStarted => Volatile.Read(ref _started);

    /// <summary>Reader processes that died reading a document so far.</summary>
    public int Crashes => Volatile.Read(ref _crashes);

    /// <summary>The process ids of the reader processes alive now, idle or busy (for benchmarks that count their CPU time).</summary>
    public IReadOnlyCollection<int> ProcessIds => [.. _live.Keys];

    /// <summary>Peak resident memory of the reader that read the last document, as sampled (for benchmarks).</summary>
    public long? LastPeakResidentBytes { get; private set; }

    /// <summary>Starts one reader now, so the first document does not wait for it. Safe to call more than once.</summary>
    public void WarmUp()
    {
        Task<ReaderProcess> warming;
        lock (_warmGate)
        {
            if (!_idle.IsEmpty || _warming is not null || _disposing.IsCancellationRequested)
            {
                return;
            }
            _warming = warming = StartReaderAsync(_disposing.Token);
        }
        // A failed warm-up is reported by the first document, which starts a reader again.
        _ = warming.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>Extracts the SOP, as <see cref="SopExtractor.ExtractAsync"/> does, in a reader process.</summary>
    public async Task<SopDocument> ExtractAsync(DocumentInput input, IProgress<PageProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        (await ReadAsync(input, progress, cancellationToken).ConfigureAwait(false)).Sop;

    /// <summary>
    /// The SOP with the document's pages: their size in box units and the images the reader kept (scans with
    /// <c>ScanOptions.KeepPageImages</c>), as a host's review screen shows them.
    /// </summary>
    public async Task<ReadResult> ReadAsync(DocumentInput input, IProgress<PageProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(input, ReadKind.Sop, progress, cancellationToken).ConfigureAwait(false);
        try
        {
            var sop = SopJson.Deserialize(Encoding.UTF8.GetString(result.Single(Attachment.Sop).Span))
                      ?? throw new InvalidDataException("The SOP is null.");
            var entries = System.Text.Json.JsonSerializer.Deserialize<List<PageEntry>>(result.Single(Attachment.Pages).Span, ProtocolJson.Options)
                          ?? throw new InvalidDataException("The page list is null.");
            var images = result.All(Attachment.PageImage).ToList();
            if (images.Count != entries.Count(e => e.ImageType is not null))
            {
                throw new InvalidDataException("The page images do not match the page list.");
            }
            var next = 0;
            var pages = entries.Select(e => new ReadPage(e.Number, e.Width, e.Height,
                e.ImageType is { } type ? new PageImage(images[next++], type, e.ImageWidth, e.ImageHeight) : null)).ToList();
            return new ReadResult(sop, pages);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Text.Json.JsonException)
        {
            throw new ReaderFaultException($"{input.FileName}: the reader sent back a result that is not an SOP ({e.Message}).");
        }
    }

    /// <summary>The layout model as JSON (SopJson options), as <see cref="SopExtractor.ReadLayoutAsync"/> reads it, in a reader process.</summary>
    public async Task<string> ReadLayoutJsonAsync(DocumentInput input, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(input, ReadKind.Layout, null, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(result.Single(Attachment.Layout).Span);
    }

    private async Task<Frame> ReadAsync(DocumentInput input, ReadKind kind, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
        var reader = ReaderNames.For(input.MediaType);
        var crashes = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await ReadOnceAsync(input, kind, progress, cancellationToken).ConfigureAwait(false);
            LastPeakResidentBytes = outcome.PeakResidentBytes;
            switch (outcome.Status)
            {
                case ReadStatus.Done:
                    return outcome.Result!;
                case ReadStatus.Failed:
                    throw FailureOf(input, reader, outcome.Failure!);
                case ReadStatus.Cancelled:
                    throw new OperationCanceledException($"{input.FileName}: reading was cancelled.", cancellationToken);
                case ReadStatus.MemoryLimit:
                    Report(ReaderEventKind.Stopped, outcome, input, $"stopped at the memory limit reading {input.FileName}");
                    throw new UnreadableDocumentException(UnreadableReason.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                        $"{input.FileName}: the {reader} needed more than {Mib(_options.MemoryLimitBytes)} of memory on this file (IsolationOptions.MemoryLimitBytes) and was stopped; the file is built to exhaust memory, or far larger than an SOP. Check the file."),
                        new ReaderCrashException("memory limit", outcome.Detail ?? ""));
                case ReadStatus.TimeLimit:
                    Report(ReaderEventKind.Stopped, outcome, input, $"stopped at the time limit reading {input.FileName}");
                    throw new UnreadableDocumentException(UnreadableReason.LimitExceeded, string.Create(CultureInfo.InvariantCulture,
                        $"{input.FileName}: the {reader} did not finish within {_options.TimeLimit} (IsolationOptions.TimeLimit) and was stopped; check the file, or split it if it is very long."),
                        new ReaderCrashException("time limit", outcome.Detail ?? ""));
                default:
                    Interlocked.Increment(ref _crashes);
                    crashes.Add(outcome.Description ?? "unknown");
                    if (attempt < _options.MaxCrashes)
                    {
                        Report(ReaderEventKind.Crashed, outcome, input, $"crashed reading {input.FileName} ({outcome.Description}); trying it once more in a new reader");
                        continue;
                    }
                    Report(ReaderEventKind.GivenUp, outcome, input,
                        $"crashed reading {input.FileName} ({outcome.Description}); {attempt} crashes, the document is not tried again");
                    var times = attempt == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" {attempt} times");
                    throw new UnreadableDocumentException(UnreadableReason.ReaderCrashed,
                        $"{input.FileName}: the {reader} crashed on this file{times} ({string.Join("; ", crashes.Distinct(StringComparer.Ordinal))}); it is not tried again. The file is damaged or built to crash readers: export or scan it again, or send it to the SopIngest maintainers.",
                        new ReaderCrashException(outcome.Description ?? "crash", outcome.Detail ?? ""));
            }
        }
    }

    private async Task<ReadOutcome> ReadOnceAsync(DocumentInput input, ReadKind kind, IProgress<PageProgress>? progress, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var process = await TakeAsync(cancellationToken).ConfigureAwait(false);
            var outcome = await process.ReadAsync(Interlocked.Increment(ref _nextId), input, kind, progress, cancellationToken).ConfigureAwait(false);
            await GiveBackAsync(process).ConfigureAwait(false);
            return outcome;
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<ReaderProcess> TakeAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryPop(out var idle))
        {
            if (idle.IsAlive)
            {
                return idle;
            }
            _live.TryRemove(idle.Id, out _);
            await idle.DisposeAsync().ConfigureAwait(false);
        }
        Task<ReaderProcess>? warming;
        lock (_warmGate)
        {
            (warming, _warming) = (_warming, null);
        }
        if (warming is not null)
        {
            try
            {
                var warm = await warming.ConfigureAwait(false);
                if (warm.IsAlive)
                {
                    return warm;
                }
                await warm.DisposeAsync().ConfigureAwait(false);
            }
            catch (ReaderFaultException)
            {
                // start a fresh one below, which reports its own failure
            }
        }
        return await StartReaderAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReaderProcess> StartReaderAsync(CancellationToken cancellationToken)
    {
        var process = await ReaderProcess.StartAsync(_options, _engine, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _started);
        _live[process.Id] = process;
        _events?.Invoke(new ReaderEvent(ReaderEventKind.Started, process.Id, null, "reader process started"));
        return process;
    }

    private async Task GiveBackAsync(ReaderProcess process)
    {
        var resident = process.IsAlive ? process.ResidentBytes : null;
        var worn = process.Documents >= _options.RecycleAfterDocuments || resident > _options.RecycleAboveResidentBytes;
        if (process.IsAlive && !_disposing.IsCancellationRequested && !worn)
        {
            _idle.Push(process);
            return;
        }
        if (process.IsAlive && worn)
        {
            _events?.Invoke(new ReaderEvent(ReaderEventKind.Recycled, process.Id, null, string.Create(CultureInfo.InvariantCulture,
                $"reader process replaced after {process.Documents} documents ({(resident ?? 0) / (1024 * 1024)} MiB resident)")));
        }
        _live.TryRemove(process.Id, out _);
        await process.DisposeAsync().ConfigureAwait(false);
    }

    private static Exception FailureOf(DocumentInput input, string reader, FailureMessage failure) => failure.Kind switch
    {
        FailureKind.Unreadable => new UnreadableDocumentException(failure.Reason ?? UnreadableReason.Corrupt, failure.Message),
        FailureKind.OutOfMemory => new UnreadableDocumentException(UnreadableReason.LimitExceeded,
            $"{input.FileName}: the {reader} ran out of its memory (IsolationOptions.GcHeapLimitBytes) on this file; the file is built to exhaust memory, or far larger than an SOP. Check the file.",
            new ReaderCrashException("out of memory", failure.Detail ?? failure.Message)),
        _ => new ReaderFaultException($"{input.FileName}: could not be read ({ShortType(failure.ExceptionType)}: {failure.Message})", failure.Detail, failure.ExceptionType),
    };

    private static string ShortType(string? type) => type is null ? "error" : type[(type.LastIndexOf('.') + 1)..];

    private void Report(ReaderEventKind kind, ReadOutcome outcome, DocumentInput input, string message) =>
        _events?.Invoke(new ReaderEvent(kind, outcome.ProcessId, input.FileName, $"reader process {outcome.ProcessId.ToString(CultureInfo.InvariantCulture)} {message}", outcome.Detail));

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB");

    public async ValueTask DisposeAsync()
    {
        if (_disposing.IsCancellationRequested)
        {
            return;
        }
        await _disposing.CancelAsync().ConfigureAwait(false);
        Task<ReaderProcess>? warming;
        lock (_warmGate)
        {
            (warming, _warming) = (_warming, null);
        }
        if (warming is not null)
        {
            try
            {
                await (await warming.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is ReaderFaultException or OperationCanceledException)
            {
            }
        }
        while (_idle.TryPop(out var idle))
        {
            _live.TryRemove(idle.Id, out _);
            await idle.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
