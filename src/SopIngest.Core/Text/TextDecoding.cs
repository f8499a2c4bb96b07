using System.Text;
using SopIngest.Core.Pipeline;

namespace SopIngest.Core.Text;

/// <summary>Turns the bytes of a text export into a string, refusing binary data.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 (with or without BOM) or UTF-16 with BOM. Invalid UTF-8 is read as Windows-1252-like
    /// Latin-1 (old converters write that) and reported through <paramref name="wasLegacy"/>.
    /// </summary>
    public static string Decode(DocumentInput input, out bool wasLegacy)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = input.Content.Span;
        wasLegacy = false;
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.Unicode.GetString(bytes).TrimStart('\uFEFF');
        }
        if (LooksBinary(bytes))
        {
            throw new UnreadableDocumentException(UnreadableReason.NotText,
                $"{input.FileName}: this is not a text file (binary content), although its name says {input.MediaType}; check the file or upload the original PDF/image.");
        }
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            wasLegacy = true;
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 8192 ? bytes[..8192] : bytes;
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }
        return control > sample.Length / 20;
    }
}
