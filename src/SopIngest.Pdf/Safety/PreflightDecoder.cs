namespace SopIngest.Pdf.Safety;

/// <summary>
/// Decodes the streams the preflight must look into (page contents, forms, object streams) under the size and ratio
/// limits: Flate and ASCIIHex, the filters those streams use. Anything else returns null: the preflight cannot see
/// inside, and PdfPig's decode of it is bounded by the same limits (see <see cref="LimitedFilterProvider"/>).
/// </summary>
internal static class PreflightDecoder
{
    public static byte[]? Decode(ReadOnlyMemory<byte> stored, Dictionary<string, object?> dictionary, PdfObjectTable table, PdfLimits limits, string what)
    {
        var filters = PdfPreflight.Resolve(dictionary.GetValueOrDefault("Filter"), table, limits) switch
        {
            null => [],
            PdfName name => [name.Value],
            List<object?> list => list.Select(f => PdfPreflight.Resolve(f, table, limits) is PdfName n ? n.Value : "?").ToList(),
            _ => new List<string> { "?" },
        };
        var data = stored;
        foreach (var filter in filters)
        {
            switch (filter)
            {
                case "FlateDecode" or "Fl":
                    var cap = DecodeLimits.Cap(limits, stored.Length);
                    var decoded = BoundedInflate.Decode(data, cap);
                    DecodeLimits.Check(limits, stored.Length, decoded.Length, what);
                    data = decoded;
                    break;
                case "ASCIIHexDecode" or "AHx":
                    data = Hex(data.Span);
                    break;
                default:
                    return null;
            }
        }
        return data.ToArray();
    }

    private static byte[] Hex(ReadOnlySpan<byte> text)
    {
        var bytes = new List<byte>(text.Length / 2);
        var high = -1;
        foreach (var c in text)
        {
            if (c == '>')
            {
                break;
            }
            var digit = HexValue(c);
            if (digit < 0)
            {
                continue;
            }
            if (high < 0)
            {
                high = digit;
            }
            else
            {
                bytes.Add((byte)(high * 16 + digit));
                high = -1;
            }
        }
        if (high >= 0)
        {
            bytes.Add((byte)(high * 16));
        }
        return [.. bytes];
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
