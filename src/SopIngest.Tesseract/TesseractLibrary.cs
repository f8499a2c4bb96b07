using System.Globalization;
using System.Runtime.InteropServices;
using SopIngest.Tesseract.Interop;

namespace SopIngest.Tesseract;

/// <summary>
/// The native libraries of the process: loads them once with a clear error when one is missing, and tells
/// which Tesseract and which OpenMP thread limit are in use (for health checks and benchmark reports).
/// </summary>
public static class TesseractLibrary
{
    private static readonly Lock Gate = new();
    private static string? s_version;
    private static bool s_leptonica;

    /// <summary>
    /// Loads libtesseract and leptonica now rather than at the first engine, for a start-up check. Only the first
    /// load of the process decides the OpenMP limit (see <see cref="TesseractOptions.LimitOpenMpThreads"/>);
    /// later calls do nothing.
    /// </summary>
    /// <exception cref="TesseractException">A native library is missing; the message names the apt package.</exception>
    public static void Load(bool limitOpenMpThreads = true) => EnsureLoaded(limitOpenMpThreads);

    /// <summary>Tesseract's version string, such as <c>5.3.0</c>. Loads the library (see <see cref="Load"/>) if needed.</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded(limitOpenMpThreads: true);
            return s_version!;
        }
    }

    /// <summary>
    /// OpenMP's thread limit in this process (<c>omp_get_thread_limit</c>); 1 when Tesseract runs single-threaded,
    /// a very large number when no limit is set; null when libtesseract was built without OpenMP.
    /// </summary>
    public static int? OpenMpThreadLimit
    {
        get
        {
            EnsureLoaded(limitOpenMpThreads: true);
            if (!NativeLibrary.TryLoad(OpenMpNative.Library, out _))
            {
                return null;
            }
            return OpenMpNative.omp_get_thread_limit();
        }
    }

    /// <summary>
    /// Loads libtesseract and leptonica once per process. <paramref name="limitOpenMpThreads"/> only matters on the
    /// first call: libgomp reads <c>OMP_THREAD_LIMIT</c> when it is loaded, together with libtesseract.
    /// </summary>
    internal static void EnsureLoaded(bool limitOpenMpThreads)
    {
        if (s_version is not null)
        {
            return;
        }
        lock (Gate)
        {
            if (s_version is not null)
            {
                return;
            }
            if (limitOpenMpThreads && LibC.getenv("OMP_THREAD_LIMIT") == IntPtr.Zero)
            {
                if (LibC.setenv("OMP_THREAD_LIMIT", "1", 0) != 0)
                {
                    throw new TesseractException(string.Create(CultureInfo.InvariantCulture,
                        $"Could not set OMP_THREAD_LIMIT for Tesseract (errno {Marshal.GetLastPInvokeError()})."));
                }
            }
            Require(LeptonicaNative.Library, "liblept5 (it comes with tesseract-ocr)");
            Require(TesseractNative.Library, "tesseract-ocr (it brings libtesseract5)");
            s_version = Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";
        }
    }

    /// <summary>Leptonica alone, for decoding images: loading it leaves the OpenMP choice to the first engine.</summary>
    internal static void EnsureLeptonica()
    {
        if (s_leptonica)
        {
            return;
        }
        Require(LeptonicaNative.Library, "liblept5 (it comes with tesseract-ocr)");
        s_leptonica = true;
    }

    /// <summary>Loads a native library by file name or explains which package provides it.</summary>
    internal static void Require(string library, string package)
    {
        if (!NativeLibrary.TryLoad(library, typeof(TesseractLibrary).Assembly, null, out _))
        {
            throw new TesseractException(
                $"The native library {library} could not be loaded. Install the apt package {package}; the OCR of " +
                "scanned documents needs it.");
        }
    }
}
