using System.Runtime.InteropServices;

namespace SopIngest.Tesseract.Interop;

/// <summary>libgomp, which Debian's libtesseract links for its parallel loops.</summary>
internal static partial class OpenMpNative
{
    public const string Library = "libgomp.so.1";

    [LibraryImport(Library)]
    public static partial int omp_get_thread_limit();
}
