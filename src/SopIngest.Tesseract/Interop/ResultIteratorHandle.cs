using Microsoft.Win32.SafeHandles;

namespace SopIngest.Tesseract.Interop;

/// <summary>A TessResultIterator over the words of the last recognised page.</summary>
internal sealed class ResultIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultIteratorHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessResultIteratorDelete(handle);
        return true;
    }
}
