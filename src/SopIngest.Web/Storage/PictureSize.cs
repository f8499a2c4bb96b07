using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace SopIngest.Web.Storage;

/// <summary>
/// Width and height of a picture from its header (PNG, JPEG): of page images, for their <see cref="PageGeometry"/>, and of
/// an uploaded original, for documents extracted before page geometry was stored (cached by SHA-256: originals never change).
/// </summary>
public static class PictureSize
{
    private static readonly ConcurrentDictionary<string, (int Width, int Height)?> Cache = new(StringComparer.Ordinal);

    public static async Task<(int Width, int Height)?> GetAsync(string sha256, Func<Task<ReadOnlyMemory<byte>?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Cache.TryGetValue(sha256, out var known))
        {
            return known;
        }
        var bytes = await read();
        var size = bytes is { } b ? Read(b.Span) : null;
        Cache.TryAdd(sha256, size);
        return size;
    }

    public static (int Width, int Height)? Read(ReadOnlySpan<byte> data)
    {
        // PNG: signature, then IHDR with width and height as big-endian integers at bytes 16..24
        if (data.Length >= 24 && data[0] == 0x89 && data[1] == (byte)'P' && data[2] == (byte)'N' && data[3] == (byte)'G')
        {
            return (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }
        // JPEG: walk the markers to the first start-of-frame (C0..CF except C4, C8, CC)
        if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < data.Length)
            {
                if (data[i] != 0xFF)
                {
                    return null;
                }
                var marker = data[i + 1];
                var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
                if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
                }
                i += 2 + length;
            }
        }
        return null;
    }
}
