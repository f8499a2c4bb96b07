using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using SopIngest.Isolation.Interop;

namespace SopIngest.Isolation.Child;

/// <summary>
/// RLIMIT_AS for the reader, set once the engine is built: what the process has mapped by then (the runtime reserves
/// far more address space than it uses, so a fixed limit set before start-up would stop .NET itself) plus a headroom.
/// Past it, native allocations (OpenCV, leptonica, Tesseract) fail in the reader instead of growing without bound; the
/// host's memory watch is the other half.
/// </summary>
internal static unsafe class AddressSpaceLimit
{
    public static long Apply(long headroomBytes)
    {
        if (!OperatingSystem.IsLinux() || headroomBytes <= 0)
        {
            return 0;
        }
        var limits = stackalloc ulong[2];
        if (LibC.GetRlimit(LibC.RlimitAs, limits) != 0)
        {
            throw new IOException($"getrlimit: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        }
        var wanted = (ulong)(MappedBytes() + headroomBytes);
        limits[0] = Math.Min(wanted, limits[1]);
        if (LibC.SetRlimit(LibC.RlimitAs, limits) != 0)
        {
            throw new IOException($"setrlimit: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        }
        return (long)limits[0];
    }

    /// <summary>VmSize from /proc/self/status, in bytes.</summary>
    internal static long MappedBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmSize:", StringComparison.Ordinal))
            {
                var kb = line["VmSize:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new IOException("/proc/self/status has no VmSize line.");
    }
}
