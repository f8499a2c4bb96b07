using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// Copy n of a corpus document with different bytes (the service deduplicates by SHA-256) that is still a valid
/// document of its type and reads as the same SOP: a comment the format defines wherever it has one.
/// </summary>
internal static class DocumentVariant
{
    public static byte[] Make(string fileName, byte[] original, int copy)
    {
        ArgumentNullException.ThrowIfNull(original);
        var note = string.Create(CultureInfo.InvariantCulture, $"sopingest load benchmark, copy {copy}");
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            // An HTML comment is an HTML block in Markdown and a comment in HTML: no text for the readers.
            ".md" or ".html" or ".htm" => Append(original, $"\n<!-- {note} -->\n"),
            // Plain text has no comment syntax; any trailing line would be read as text. Trailing line breaks are
            // ignored by the text reader, so copy n ends with n + 1 extra line breaks.
            ".txt" => Append(original, new string('\n', copy + 1)),
            // '%' starts a PDF comment; after %%EOF it is outside every object and readers skip it.
            ".pdf" => Append(original, $"%{note}\n"),
            ".jpg" or ".jpeg" => JpegWithComment(original, note),
            ".png" => PngWithText(original, note),
            var other => throw new NotSupportedException($"No byte-different copy for '{other}' files ({fileName})."),
        };
    }

    private static byte[] Append(byte[] original, string text) => [.. original, .. Encoding.ASCII.GetBytes(text)];

    /// <summary>A COM segment (FF FE, big-endian length including itself, text) right after the SOI marker.</summary>
    private static byte[] JpegWithComment(byte[] jpeg, string text)
    {
        if (jpeg.Length < 2 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new InvalidDataException("Not a JPEG file (no SOI marker).");
        }
        var payload = Encoding.ASCII.GetBytes(text);
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xFE;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), checked((ushort)(payload.Length + 2)));
        payload.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>
    /// A tEXt chunk right after IHDR:
    /// <code>
    /// signature(8) | IHDR: length(4) "IHDR" data(13) crc(4) | tEXt: length(4) "tEXt" "Comment\0" text crc(4) | ...
    /// </code>
    /// </summary>
    private static byte[] PngWithText(byte[] png, string text)
    {
        const int AfterHeader = 8 + 4 + 4 + 13 + 4;
        if (png.Length < AfterHeader || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G'
            || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("Not a PNG file (no signature and IHDR chunk).");
        }
        byte[] typeAndData = [.. "tEXtComment\0"u8, .. Encoding.Latin1.GetBytes(text)];
        var chunk = new byte[4 + typeAndData.Length + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)(typeAndData.Length - 4));
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + typeAndData.Length), Crc32(typeAndData));
        return [.. png.AsSpan(0, AfterHeader), .. chunk, .. png.AsSpan(AfterHeader)];
    }

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
