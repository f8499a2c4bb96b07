using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SopIngest.Tesseract.Interop;

/// <summary>
/// Connects one Recognize call to a <see cref="CancellationToken"/>, an <see cref="IProgress{T}"/> and a deadline
/// through Tesseract's ETEXT_DESC. Tesseract asks the cancel callback once per word and stops early when it
/// answers true; a callback must never let an exception into native code, so one is kept and rethrown after.
/// </summary>
internal sealed unsafe class RecognitionMonitor : IDisposable
{
    private readonly CancellationToken _cancellation;
    private readonly IProgress<int>? _progress;
    private GCHandle _self;
    private int _lastProgress = -1;

    public RecognitionMonitor(CancellationToken cancellation, IProgress<int>? progress, TimeSpan? timeout)
    {
        _cancellation = cancellation;
        _progress = progress;
        Handle = TesseractNative.TessMonitorCreate();
        if (Handle.IsInvalid)
        {
            Handle.Dispose();
            throw new TesseractException("Tesseract could not create a progress monitor (out of memory?).", isTransient: true);
        }
        _self = GCHandle.Alloc(this);
        TesseractNative.TessMonitorSetCancelThis(Handle, GCHandle.ToIntPtr(_self));
        TesseractNative.TessMonitorSetCancelFunc(Handle, &Cancel);
        if (progress is not null)
        {
            TesseractNative.TessMonitorSetProgressFunc(Handle, &Progress);
        }
        if (timeout is { } t)
        {
            TesseractNative.TessMonitorSetDeadlineMSecs(Handle, (int)Math.Ceiling(t.TotalMilliseconds));
        }
    }

    public MonitorHandle Handle { get; }

    /// <summary>What a progress callback threw; recognition was stopped because of it.</summary>
    public Exception? CallbackError { get; private set; }

    public void Dispose()
    {
        Handle.Dispose();
        if (_self.IsAllocated)
        {
            _self.Free();
        }
    }

    private bool ShouldStop => CallbackError is not null || _cancellation.IsCancellationRequested;

    [UnmanagedCallersOnly]
    private static byte Cancel(IntPtr cancelThis, int words)
    {
        try
        {
            return From(cancelThis).ShouldStop ? (byte)1 : (byte)0;
        }
        catch (Exception)
        {
            // Unreachable in practice (the handle is ours); stopping is the safe answer either way.
            return 1;
        }
    }

    [UnmanagedCallersOnly]
    private static byte Progress(IntPtr monitor, int left, int right, int top, int bottom)
    {
        RecognitionMonitor? self = null;
        try
        {
            self = From(TesseractNative.TessMonitorGetCancelThis(monitor));
            var percent = Math.Clamp(TesseractNative.TessMonitorGetProgress(monitor), 0, 100);
            if (percent != self._lastProgress && self.CallbackError is null)
            {
                self._lastProgress = percent;
                self._progress?.Report(percent);
            }
        }
        catch (Exception e)
        {
            if (self is not null)
            {
                self.CallbackError = e;
            }
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static RecognitionMonitor From(IntPtr pointer) => (RecognitionMonitor)GCHandle.FromIntPtr(pointer).Target!;
}
