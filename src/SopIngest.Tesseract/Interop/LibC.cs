using System.Runtime.InteropServices;

namespace SopIngest.Tesseract.Interop;

/// <summary>
/// The process environment as native code sees it. <see cref="Environment.SetEnvironmentVariable(string, string)"/>
/// changes only .NET's copy on Unix, so libgomp would never read it.
/// </summary>
internal static partial class LibC
{
    private const string Library = "libc.so.6";

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int setenv(string name, string value, int overwrite);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr getenv(string name);
}
