using Microsoft.Win32.SafeHandles;

namespace SopIngest.Tesseract.Interop;

/// <summary>A TessBaseAPI: the engine with its loaded language model.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}
