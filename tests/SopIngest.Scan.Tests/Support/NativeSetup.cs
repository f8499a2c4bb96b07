using System.Runtime.CompilerServices;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Tests.Support;

/// <summary>
/// Loads libtesseract (which calls libc <c>setenv("OMP_THREAD_LIMIT")</c>) before any test runs. setenv is not
/// thread-safe against getenv, which OpenCV calls from its own code: when the first engine was created while
/// another test class ran OpenCV, the test host died with "double free or corruption". Hosts do the same
/// by building the engine at start-up, before work begins.
/// </summary>
internal static class NativeSetup
{
    [ModuleInitializer]
    internal static void LoadTesseractFirst() => TesseractLibrary.Load();
}
