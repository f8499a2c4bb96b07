using System.Buffers.Binary;

namespace SopIngest.Scan.Decoding;

/// <summary>
/// Reads the declared dimensions of PNG, JPEG and TIFF images from their headers, so that a decompression
/// bomb (a tiny file that claims 100000 x 100000 pixels) is refused before any decoder allocates for it.
/// Returns null when the header is not readable, which callers treat as a corrupt image.
/// </summary>
internal static class ImageHeaders
{
    // A TIFF directory chain is followed at most this far; a loop or an absurd chain is corrupt input.
    private const int MaxTiffDirectories = 10_000;

    public static ImageSize? ReadPng(ReadOnlySpan<byte> data)
    {
        //  0: 89 50 4E 47 0D 0A 1A 0A   8: length(4) 'IHDR'   16: width(4) height(4), big-endian
        if (data.Length < 24 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }
        return new ImageSize(BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    public static ImageSize? ReadJpeg(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return null;
        }
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }
            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]);
                return new ImageSize(width, height);
            }
            if (marker == 0xDA || length < 2)
            {
                return null; // scan data before any frame header
            }
            i += 2 + length;
        }
        return null;
    }

    /// <summary>The size of every page (directory) of a TIFF, in order; null when the structure is broken.</summary>
    public static IReadOnlyList<ImageSize>? ReadTiff(ReadOnlySpan<byte> data)
    {
        if (data.Length < 8)
        {
            return null;
        }
        bool little;
        if (data[0] == (byte)'I' && data[1] == (byte)'I')
        {
            little = true;
        }
        else if (data[0] == (byte)'M' && data[1] == (byte)'M')
        {
            little = false;
        }
        else
        {
            return null;
        }
        if (U16(data, 2, little) != 42)
        {
            return null; // BigTIFF (43) and others are not accepted
        }
        var pages = new List<ImageSize>();
        var seen = new HashSet<long>();
        long offset = U32(data, 4, little);
        while (offset != 0)
        {
            if (offset + 2 > data.Length || !seen.Add(offset) || pages.Count >= MaxTiffDirectories)
            {
                return null;
            }
            var count = U16(data, (int)offset, little);
            long width = -1, height = -1;
            for (var e = 0; e < count; e++)
            {
                var at = (int)offset + 2 + e * 12;
                if (at + 12 > data.Length)
                {
                    return null;
                }
                var tag = U16(data, at, little);
                var type = U16(data, at + 2, little);
                // SHORT (3) values sit in the first two bytes of the value field, LONG (4) fill it.
                long value = type == 3 ? U16(data, at + 8, little) : U32(data, at + 8, little);
                if (tag == 256)
                {
                    width = value;
                }
                else if (tag == 257)
                {
                    height = value;
                }
            }
            if (width < 0 || height < 0)
            {
                return null;
            }
            pages.Add(new ImageSize(width, height));
            var next = (int)offset + 2 + count * 12;
            if (next + 4 > data.Length)
            {
                return null;
            }
            offset = U32(data, next, little);
        }
        return pages.Count == 0 ? null : pages;
    }

    private static ushort U16(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt16BigEndian(d[at..]);

    private static uint U32(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt32BigEndian(d[at..]);
}
