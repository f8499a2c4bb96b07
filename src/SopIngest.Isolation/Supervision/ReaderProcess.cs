using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Isolation.Protocol;

namespace SopIngest.Isolation.Supervision;

/// <summary>
/// One reader process, watched while it works: it reads one document at a time, and is stopped (killed with its
/// children, such as pdftoppm) when its memory passes <see cref="IsolationOptions.MemoryLimitBytes"/>, when the
/// document passes <see cref="IsolationOptions.TimeLimit"/>, or when the caller cancels. A reader that died, was
/// stopped or broke the protocol is not used again.
/// </summary>
internal sealed class ReaderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly FrameChannel _channel;
    private readonly ErrorTail _errors;
    private readonly IsolationOptions _options;
    private volatile bool _broken;
    private volatile bool _disposed;

    private ReaderProcess(Process process, ErrorTail errors, IsolationOptions options)
    {
        _process = process;
        _errors = errors;
        _options = options;
        Id = process.Id;
        _channel = new FrameChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, options.MaxResultBytes);
    }

    public int Id { get; }

    /// <summary>Documents given to this reader so far.</summary>
    public int Documents { get; private set; }

    /// <summary>Resident memory now (null when it is gone).</summary>
    public long? ResidentBytes => ProcessMemory.Resident(Id);

    /// <summary>False once it died, was stopped, broke the protocol or was disposed.</summary>
    public bool IsAlive => !_broken && !_disposed && !_process.HasExited;

    public static async Task<ReaderProcess> StartAsync(IsolationOptions options, EngineOptions engine, CancellationToken cancellationToken)
    {
        var start = ReaderLaunch.Create(options.ReaderPath);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.GcHeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        // Tesseract's OpenMP threads cost 3-4x on small machines; pages run in parallel instead (README).
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        // glibc's per-thread arenas reserve 64 MB of address space each; two are plenty for a reader.
        start.Environment["MALLOC_ARENA_MAX"] = "2";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ReaderFaultException("The reader process did not start.");
        }
        catch (Win32Exception e)
        {
            throw new ReaderFaultException($"The reader program could not be started ({e.Message}); is the .NET runtime installed?");
        }
        var errors = new ErrorTail();
        process.ErrorDataReceived += (_, e) => errors.Add(e.Data);
        process.BeginErrorReadLine();
        var reader = new ReaderProcess(process, errors, options);
        var handshake = reader.HandshakeAsync(engine);
        if (await Task.WhenAny(handshake, Task.Delay(options.StartTimeout, cancellationToken)).ConfigureAwait(false) == handshake &&
            await handshake.ConfigureAwait(false))
        {
            return reader;
        }
        reader.Kill();
        await reader.WaitExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await errors.WaitClosedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var exit = process.HasExited ? process.ExitCode : (int?)null;
        var lines = errors.Lines;
        await reader.DisposeAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        throw new ReaderFaultException(
            $"The reader process did not start within {options.StartTimeout} ({CrashDescription.Describe(exit, lines)}).",
            CrashDescription.Detail(exit, lines));
    }

    private async Task<bool> HandshakeAsync(EngineOptions engine)
    {
        try
        {
            await _channel.WriteAsync(new Frame(new StartMessage(engine, _options.AddressSpaceHeadroomBytes)), CancellationToken.None).ConfigureAwait(false);
            return (await _channel.ReadAsync(CancellationToken.None).ConfigureAwait(false))?.Message is ReadyMessage;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>Reads one document. Never throws for what the reader does; the outcome says.</summary>
    public async Task<ReadOutcome> ReadAsync(long id, DocumentInput input, ReadKind kind, IProgress<PageProgress>? progress,
        CancellationToken cancellationToken)
    {
        Documents++;
        _errors.Clear();
        var watch = new Watch();
        using var finished = new CancellationTokenSource();
        var watching = WatchAsync(watch, cancellationToken, finished.Token);
        try
        {
            await _channel.WriteAsync(new Frame(new ReadMessage(id, input.FileName, kind), [new Attachment(Attachment.Document, input.Content)]),
                CancellationToken.None).ConfigureAwait(false);
            while (await _channel.ReadAsync(CancellationToken.None).ConfigureAwait(false) is { } frame)
            {
                switch (frame.Message)
                {
                    case ProgressMessage p when p.Id == id:
                        progress?.Report(new PageProgress(p.Page, p.PageCount));
                        break;
                    case ResultMessage r when r.Id == id:
                        return new ReadOutcome(ReadStatus.Done, Id, watch.Peak) { Result = frame };
                    case FailureMessage f when f.Id == id:
                        // After running out of heap the reader says so and exits: it is not given another document.
                        _broken |= f.Kind == FailureKind.OutOfMemory;
                        return new ReadOutcome(ReadStatus.Failed, Id, watch.Peak) { Failure = f };
                    default:
                        watch.Protocol = $"unexpected {frame.Message.GetType().Name}";
                        goto lost;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or ObjectDisposedException)
        {
            // It died mid-frame (EOF, broken pipe) or sent bytes that are not a frame.
            watch.Protocol ??= e is InvalidDataException or JsonException ? e.Message : null;
        }
        finally
        {
            await finished.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
        }
    lost:
        _broken = true;
        Kill();
        await WaitExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        await _errors.WaitClosedAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var exit = _process.HasExited ? _process.ExitCode : (int?)null;
        var lines = _errors.Lines;
        var description = watch.Protocol is { } protocol && watch.Stopped is null
            ? $"it broke the protocol ({protocol})"
            : CrashDescription.Describe(exit, lines);
        return new ReadOutcome(watch.Stopped ?? ReadStatus.Crashed, Id, watch.Peak)
        {
            Description = description,
            Detail = CrashDescription.Detail(exit, lines),
        };
    }

    /// <summary>Samples the reader's memory and the clock while it works; stops it at a limit or on cancellation.</summary>
    private async Task WatchAsync(Watch watch, CancellationToken cancelled, CancellationToken finished)
    {
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(_options.MemoryPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(finished).ConfigureAwait(false))
            {
                if (ProcessMemory.Resident(Id) is { } resident)
                {
                    watch.Peak = Math.Max(watch.Peak ?? 0, resident);
                    if (resident > _options.MemoryLimitBytes)
                    {
                        Stop(watch, ReadStatus.MemoryLimit);
                        return;
                    }
                }
                if (Stopwatch.GetElapsedTime(started) > _options.TimeLimit)
                {
                    Stop(watch, ReadStatus.TimeLimit);
                    return;
                }
                if (cancelled.IsCancellationRequested)
                {
                    Stop(watch, ReadStatus.Cancelled);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the read finished
        }
    }

    private void Stop(Watch watch, ReadStatus reason)
    {
        watch.Stopped = reason;
        _broken = true;
        Kill();
    }

    private void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // already gone
        }
    }

    private async Task WaitExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Closes the reader's stdin, on which it exits; kills it if it does not within two seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (!_process.HasExited)
        {
            try
            {
                _process.StandardInput.Close();
            }
            catch (IOException)
            {
            }
            await WaitExitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            Kill();
            await WaitExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        _channel.Dispose();
        _process.Dispose();
    }

    /// <summary>What the watch saw of one read, shared with the read loop.</summary>
    private sealed class Watch
    {
        public volatile string? Protocol;
        private long _peak;
        private int _stopped = -1;

        public long? Peak
        {
            get => Interlocked.Read(ref _peak) is var p && p > 0 ? p : null;
            set => Interlocked.Exchange(ref _peak, value ?? 0);
        }

        public ReadStatus? Stopped
        {
            get => Volatile.Read(ref _stopped) is var s && s >= 0 ? (ReadStatus)s : null;
            set => Volatile.Write(ref _stopped, value is null ? -1 : (int)value.Value);
        }
    }
}
