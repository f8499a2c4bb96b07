using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;
using SopIngest.Isolation.Interop;

namespace SopIngest.Isolation.Files;

/// <summary>statx on a path (without following a last symbolic link) or on an open descriptor.</summary>
internal static unsafe class FileStatus
{
    public static (FileKind Kind, long Size) OfPath(string path) => Query(LibC.AtFdCwd, path, LibC.AtSymlinkNoFollow);

    public static (FileKind Kind, long Size) OfDescriptor(int fd) => Query(fd, "", LibC.AtEmptyPath);

    private static (FileKind Kind, long Size) Query(int dirFd, string path, int flags)
    {
        var buffer = stackalloc byte[LibC.StatxBufferSize];
        if (LibC.Statx(dirFd, path, flags, LibC.StatxType | LibC.StatxMode | LibC.StatxSize, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == LibC.ErrorNoEntry)
            {
                return (FileKind.Missing, 0);
            }
            throw new IOException($"{path}: {new Win32Exception(error).Message}");
        }
        var span = new ReadOnlySpan<byte>(buffer, LibC.StatxBufferSize);
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[40..]);
        return (KindOf(mode), size);
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.NamedPipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>Where an open descriptor really is (every link resolved), from /proc/self/fd.</summary>
    public static string RealPath(int fd)
    {
        const int size = 4096;
        var buffer = stackalloc byte[size];
        var length = LibC.ReadLink($"/proc/self/fd/{fd}", buffer, size);
        if (length < 0)
        {
            throw new IOException($"Cannot resolve descriptor {fd}: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        }
        return System.Text.Encoding.UTF8.GetString(buffer, (int)length);
    }
}
