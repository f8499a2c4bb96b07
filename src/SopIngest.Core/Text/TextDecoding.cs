using System.Text;
using SopIngest.Core.Pipeline;

namespace SopIngest.Core.Text;

/// <summary>Turns the bytes of a text export into a string, refusing binary data.</summary>
public static class TextDecoding
{
    // Old Windows converters write Windows-1252: its 0x80-0x9F are curly quotes and dashes, not Latin-1 controls.
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 (with or without BOM) or UTF-16 with BOM. Invalid UTF-8 is read as Windows-1252 (old converters write that) and reported through <paramref name="wasLegacy"/>.
    /// </summary>
    public static string Decode(DocumentInput input, out bool wasLegacy)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = input.Content.Span;
        wasLegacy = false;
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
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
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
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
