using System.IO.Compression;
using System.Runtime.InteropServices;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// Flate decoding that stops one byte past a cap, so a decompression bomb costs a few megabytes of work to find,
/// never its decoded size. A zlib header is skipped as PdfPig does (its checksum is not checked: office tools
/// write bad ones); a broken stream decodes as far as it goes.
/// </summary>
internal static class BoundedInflate
{
    /// <summary>The decoded bytes, at most <paramref name="cap"/> + 1 of them (more than the cap: the caller refuses).</summary>
    public static byte[] Decode(ReadOnlyMemory<byte> data, long cap)
    {
        using var output = new MemoryStream();
        Run(data, cap, output);
        return output.ToArray();
    }

    /// <summary>The decoded length, counted up to <paramref name="cap"/> + 1, without keeping the bytes.</summary>
    public static long Measure(ReadOnlyMemory<byte> data, long cap) => Run(data, cap, null);

    private static long Run(ReadOnlyMemory<byte> data, long cap, Stream? output)
    {
        var skip = data.Length >= 2 && (data.Span[0] & 0x0F) == 8 && ((data.Span[0] << 8) | data.Span[1]) % 31 == 0 ? 2 : 0;
        using var input = AsStream(data[skip..]);
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            int n;
            while (total <= cap && (n = inflate.Read(buffer, 0, (int)Math.Min(buffer.Length, cap + 1 - total))) > 0)
            {
                output?.Write(buffer, 0, n);
                total += n;
            }
        }
        catch (InvalidDataException)
        {
            // a damaged stream: what decoded so far is what a reader gets
        }
        return total;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
}
