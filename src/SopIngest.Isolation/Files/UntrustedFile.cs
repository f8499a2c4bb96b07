using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using SopIngest.Core.Pipeline;
using SopIngest.Isolation.Interop;

namespace SopIngest.Isolation.Files;

/// <summary>
/// Reads a file that arrived from outside (a CLI argument, an inbox folder) only if it is a regular file: a named
/// pipe called <c>x.md</c> would keep the reader waiting forever, a device has no end, and a link out of the inbox
/// would read a file nobody meant to hand in. On Linux the file is opened without blocking and checked through the
/// open descriptor, so it cannot be swapped between the check and the read.
/// </summary>
public static class UntrustedFile
{
    /// <summary>The file's bytes.</summary>
    /// <exception cref="UnreadableDocumentException">
    /// Missing (<see cref="UnreadableReason.NoContent"/>), not a regular file or a link out of
    /// <see cref="UntrustedFileOptions.Root"/> (<see cref="UnreadableReason.NotARegularFile"/>), or larger than
    /// <see cref="UntrustedFileOptions.MaxBytes"/> (<see cref="UnreadableReason.TooLarge"/>).
    /// </exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">Reading failed.</exception>
    public static async Task<byte[]> ReadAsync(string path, UntrustedFileOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options = (options ?? new UntrustedFileOptions()).Validate();
        if (!OperatingSystem.IsLinux())
        {
            return await ReadPortableAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        var (kind, _) = FileStatus.OfPath(path);
        if (kind == FileKind.Missing)
        {
            throw new UnreadableDocumentException(UnreadableReason.NoContent, $"{path}: no such file");
        }
        if (kind is not (FileKind.Regular or FileKind.SymbolicLink))
        {
            throw NotRegular(path, kind);
        }
        // O_NONBLOCK: opening a named pipe swapped in after the check returns at once instead of waiting for a writer.
        var fd = LibC.Open(path, LibC.OpenReadOnly | LibC.OpenNonBlock | LibC.OpenCloseOnExec | LibC.OpenNoCtty);
        if (fd < 0)
        {
            throw OpenError(path, Marshal.GetLastPInvokeError());
        }
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var (opened, size) = FileStatus.OfDescriptor(fd);
        if (opened != FileKind.Regular)
        {
            throw NotRegular(path, opened);
        }
        if (options.Root is { } root)
        {
            var real = FileStatus.RealPath(fd);
            var realRoot = RealFolder(root);
            if (!real.StartsWith(realRoot + "/", StringComparison.Ordinal))
            {
                throw new UnreadableDocumentException(UnreadableReason.NotARegularFile,
                    $"{Path.GetFileName(path)}: a link to {real}, outside the intake folder {realRoot}; only files inside the folder are read. Copy the file in instead of linking it.");
            }
        }
        if (size > options.MaxBytes)
        {
            throw TooLarge(path, size, options.MaxBytes);
        }
        return await ReadBoundedAsync(handle, path, size, options.MaxBytes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]> ReadBoundedAsync(SafeFileHandle handle, string path, long size, long maxBytes, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        var buffer = new byte[size];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer[..length]; // it shrank while being read
            }
            length += read;
        }
        // The size was a hint: a file still being written may have grown. Whatever follows is read up to the limit.
        var probe = new byte[81920];
        using var more = new MemoryStream();
        int n;
        while ((n = await stream.ReadAsync(probe, cancellationToken).ConfigureAwait(false)) > 0)
        {
            more.Write(probe, 0, n);
            if (length + more.Length > maxBytes)
            {
                throw TooLarge(path, length + more.Length, maxBytes);
            }
        }
        return more.Length == 0 ? buffer : [.. buffer, .. more.ToArray()];
    }

    private static async Task<byte[]> ReadPortableAsync(string path, UntrustedFileOptions options, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new UnreadableDocumentException(UnreadableReason.NoContent, $"{path}: no such file");
        }
        if (info.LinkTarget is not null && options.Root is { } root)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? "";
            var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (!target.StartsWith(full, StringComparison.Ordinal))
            {
                throw new UnreadableDocumentException(UnreadableReason.NotARegularFile,
                    $"{Path.GetFileName(path)}: a link to {target}, outside the intake folder {root}; only files inside the folder are read.");
            }
        }
        if (info.Length > options.MaxBytes)
        {
            throw TooLarge(path, info.Length, options.MaxBytes);
        }
        return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
    }

    private static string RealFolder(string folder)
    {
        var fd = LibC.Open(Path.GetFullPath(folder), LibC.OpenReadOnly | LibC.OpenCloseOnExec | LibC.OpenNonBlock);
        if (fd < 0)
        {
            throw OpenError(folder, Marshal.GetLastPInvokeError());
        }
        try
        {
            return FileStatus.RealPath(fd).TrimEnd('/');
        }
        finally
        {
            LibC.Close(fd);
        }
    }

    private static UnreadableDocumentException NotRegular(string path, FileKind kind) =>
        new(UnreadableReason.NotARegularFile, kind switch
        {
            FileKind.NamedPipe => $"{path}: a named pipe (FIFO), not a regular file; only regular files are read (a pipe can keep a reader waiting forever).",
            FileKind.Directory => $"{path}: a folder, not a file; name the files in it instead.",
            FileKind.CharacterDevice or FileKind.BlockDevice => $"{path}: a device, not a regular file; only regular files are read.",
            FileKind.Socket => $"{path}: a socket, not a regular file; only regular files are read.",
            _ => $"{path}: not a regular file; only regular files are read.",
        });

    private static UnreadableDocumentException TooLarge(string path, long size, long limit) =>
        new(UnreadableReason.TooLarge, string.Create(CultureInfo.InvariantCulture,
            $"{path}: too large ({size / (1024 * 1024)} MB, limit {limit / (1024 * 1024)} MB); split the document"));

    private static Exception OpenError(string path, int error) => error switch
    {
        LibC.ErrorNoEntry => new UnreadableDocumentException(UnreadableReason.NoContent, $"{path}: no such file"),
        LibC.ErrorAccess => new UnauthorizedAccessException($"{path}: permission denied"),
        _ => new IOException($"{path}: {new Win32Exception(error).Message}"),
    };
}
