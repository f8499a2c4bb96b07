using System.Runtime.InteropServices;

namespace SopIngest.Isolation.Interop;

/// <summary>
/// The few Linux calls isolation needs that .NET does not offer: file types without following links or opening a
/// named pipe (statx), the protocol's own copy of stdout (dup/dup2), the parent's id (getppid) and the address-space
/// limit (setrlimit). Constants are Linux's generic values, the same on x86-64 and arm64.
/// </summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc.so.6";

    public const int AtFdCwd = -100;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxType = 0x1;
    public const uint StatxMode = 0x2;
    public const uint StatxSize = 0x200;

    public const int OpenReadOnly = 0;
    public const int OpenNoCtty = 0x100;
    public const int OpenNonBlock = 0x800;
    public const int OpenCloseOnExec = 0x80000;

    public const int RlimitAs = 9;

    public const int ErrorNoEntry = 2;
    public const int ErrorAccess = 13;

    /// <summary>struct statx is 256 bytes with a fixed layout on every architecture; st_mode at 28, st_size at 40.</summary>
    public const int StatxBufferSize = 256;

    [LibraryImport(Library, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport(Library, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "readlink", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial nint ReadLink(string path, byte* buffer, nint size);

    [LibraryImport(Library, EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport(Library, EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int fd, int target);

    [LibraryImport(Library, EntryPoint = "getppid")]
    public static partial int GetParentProcessId();

    [LibraryImport(Library, EntryPoint = "getrlimit", SetLastError = true)]
    public static partial int GetRlimit(int resource, ulong* limits);

    [LibraryImport(Library, EntryPoint = "setrlimit", SetLastError = true)]
    public static partial int SetRlimit(int resource, ulong* limits);
}
