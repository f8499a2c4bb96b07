namespace SopIngest.Pdf.Safety;

/// <summary>A PDF name with its #xx escapes decoded (/Typ#65 is /Type).</summary>
internal readonly record struct PdfName(string Value)
{
    public static PdfName From(ReadOnlySpan<byte> raw)
    {
        Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && i + 2 < raw.Length && Uri.IsHexDigit((char)raw[i + 1]) && Uri.IsHexDigit((char)raw[i + 2]))
            {
                chars[n++] = (char)Convert.ToByte(System.Text.Encoding.ASCII.GetString(raw.Slice(i + 1, 2)), 16);
                i += 2;
            }
            else
            {
                chars[n++] = (char)raw[i];
            }
        }
        return new PdfName(new string(chars[..n]));
    }
}
