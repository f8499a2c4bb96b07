using Microsoft.Win32.SafeHandles;

namespace SopIngest.Tesseract.Interop;

/// <summary>An ETEXT_DESC: progress, cancellation and deadline of one Recognize call.</summary>
internal sealed class MonitorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public MonitorHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessMonitorDelete(handle);
        return true;
    }
}
