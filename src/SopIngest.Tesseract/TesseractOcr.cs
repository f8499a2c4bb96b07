using System.Collections.Concurrent;

namespace SopIngest.Tesseract;

/// <summary>
/// The thread-safe <see cref="IOcrEngine"/>: lends each call an idle <see cref="TesseractEngine"/>, creating
/// engines on demand up to <see cref="TesseractOcrOptions.MaxEngines"/> and keeping them for reuse (loading a
/// model costs 60-90 ms). Register one per process. An engine that failed inside Tesseract is thrown away.
/// </summary>
public sealed class TesseractOcr : IOcrEngine, IDisposable
{
    private readonly TesseractOcrOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private volatile bool _disposed;

    /// <exception cref="TesseractException">The native library or a model is missing.</exception>
    public TesseractOcr(TesseractOcrOptions? options = null)
    {
        _options = (options ?? new TesseractOcrOptions()).Validate();
        TesseractLibrary.EnsureLoaded(_options.Engine.LimitOpenMpThreads);
        _slots = new SemaphoreSlim(_options.MaxEngines, _options.MaxEngines);
    }

    public TesseractOcrOptions Options => _options;

    public OcrPage Recognize(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _slots.Wait(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var engine = _idle.TryTake(out var idle) ? idle : new TesseractEngine(_options.Engine);
            OcrPage page;
            try
            {
                page = engine.Recognize(image, request, cancellationToken);
            }
            catch (TesseractException)
            {
                engine.Dispose();
                throw;
            }
            catch
            {
                // Cancellation, timeout or a caller mistake leave the engine cleared and reusable.
                GiveBack(engine);
                throw;
            }
            GiveBack(engine);
            return page;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    private void GiveBack(TesseractEngine engine)
    {
        if (_disposed)
        {
            engine.Dispose();
            return;
        }
        _idle.Add(engine);
    }
}
