using Microsoft.Win32.SafeHandles;

namespace SopIngest.Tesseract.Interop;

/// <summary>A leptonica PIX (decoded image).</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle() : base(ownsHandle: true) { }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.pixDestroy(ref pix);
        return true;
    }
}
