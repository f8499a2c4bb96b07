using System.Globalization;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// Every object of a PDF, found by scanning the bytes for <c>N G obj</c> (the way lenient readers recover a broken
/// cross-reference table) and by unpacking object streams. Later definitions replace earlier ones (incremental
/// updates). Built once per file by the preflight; nothing here follows references, so nothing can loop.
/// </summary>
internal sealed class PdfObjectTable
{
    private readonly Dictionary<long, PdfObject> _objects = [];
    private readonly ReadOnlyMemory<byte> _file;
    private readonly PdfLimits _limits;

    private PdfObjectTable(ReadOnlyMemory<byte> file, PdfLimits limits)
    {
        _file = file;
        _limits = limits;
    }

    public IEnumerable<PdfObject> Objects => _objects.Values;

    public PdfObject? Get(long number) => _objects.GetValueOrDefault(number);

    public ReadOnlyMemory<byte> StoredBytes(PdfObject stream) => _file[stream.Stream!.Value];

    /// <exception cref="PdfLimitException">Nesting, object count or an object stream's decoded size passed a limit.</exception>
    public static PdfObjectTable Scan(ReadOnlyMemory<byte> file, PdfLimits limits)
    {
        var table = new PdfObjectTable(file, limits);
        table.ScanFile();
        table.UnpackObjectStreams();
        return table;
    }

    private void ScanFile()
    {
        var lexer = new PdfLexer(_file.Span);
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == PdfTokenKind.End)
            {
                return;
            }
            if (token.Kind != PdfTokenKind.Integer)
            {
                continue;
            }
            var after = lexer;
            var generation = lexer.Next();
            var keyword = generation.Kind == PdfTokenKind.Integer ? lexer.Next() : default;
            if (keyword.Kind != PdfTokenKind.Keyword || !lexer.Text(keyword).SequenceEqual("obj"u8))
            {
                lexer = after; // the integer was something else; go on from the token after it
                continue;
            }
            var value = PdfValueParser.Parse(ref lexer, _limits.MaxObjectNesting, token.Value);
            Range? stream = null;
            if (lexer.Peek() is { Kind: PdfTokenKind.Keyword } next && lexer.Text(next).SequenceEqual("stream"u8))
            {
                lexer.Next();
                stream = StreamRange(_file.Span, lexer.Position, (value as Dictionary<string, object?>)?.GetValueOrDefault("Length") as long?);
                lexer.Position = Math.Min(_file.Length, stream.Value.End.Value);
            }
            Add(new PdfObject(token.Value, value, stream));
        }
    }

    /// <summary>
    /// Where a stream's bytes are: after <c>stream</c> and its end of line, for /Length bytes when /Length is a number
    /// that ends at <c>endstream</c>, else up to the next <c>endstream</c>.
    /// </summary>
    private static Range StreamRange(ReadOnlySpan<byte> file, int afterKeyword, long? length)
    {
        var start = afterKeyword;
        if (start < file.Length && file[start] == '\r')
        {
            start++;
        }
        if (start < file.Length && file[start] == '\n')
        {
            start++;
        }
        if (length is { } n && n >= 0 && start + n <= file.Length)
        {
            var end = (int)(start + n);
            var rest = file[end..];
            var white = 0;
            while (white < rest.Length && white < 4 && PdfLexer.IsWhite(rest[white]))
            {
                white++;
            }
            if (rest[white..].StartsWith("endstream"u8))
            {
                return new Range(start, end);
            }
        }
        var found = file[start..].IndexOf("endstream"u8);
        var stop = found < 0 ? file.Length : start + found;
        var dataEnd = stop;
        if (dataEnd > start && file[dataEnd - 1] == '\n')
        {
            dataEnd--;
        }
        if (dataEnd > start && file[dataEnd - 1] == '\r')
        {
            dataEnd--;
        }
        return new Range(start, dataEnd);
    }

    private void UnpackObjectStreams()
    {
        foreach (var holder in _objects.Values.Where(o => o.Stream is not null && Named(o.Dictionary, "Type", "ObjStm")).ToList())
        {
            var dictionary = holder.Dictionary!;
            var what = string.Create(CultureInfo.InvariantCulture, $"the object stream {holder.Number}");
            if (PreflightDecoder.Decode(StoredBytes(holder), dictionary, this, _limits, what) is not { } decoded ||
                dictionary.GetValueOrDefault("First") is not long first || first < 0 || first > decoded.Length)
            {
                continue; // a filter the preflight does not decode: PdfPig's own decode is still bounded by the filters
            }
            var header = new PdfLexer(decoded.AsSpan(0, (int)first));
            while (header.Next() is { Kind: PdfTokenKind.Integer } number && header.Next() is { Kind: PdfTokenKind.Integer } offset)
            {
                if (_objects.ContainsKey(number.Value) || first + offset.Value >= decoded.Length)
                {
                    continue;
                }
                var body = new PdfLexer(decoded, (int)(first + offset.Value));
                Add(new PdfObject(number.Value, PdfValueParser.Parse(ref body, _limits.MaxObjectNesting, number.Value)));
            }
        }
    }

    private void Add(PdfObject item)
    {
        _objects[item.Number] = item;
        if (_objects.Count > _limits.MaxObjects)
        {
            throw new PdfLimitException(new LimitViolation(nameof(PdfLimits) + "." + nameof(PdfLimits.MaxObjects),
                string.Create(CultureInfo.InvariantCulture, $"the file holds more than {_limits.MaxObjects} objects")));
        }
    }

    /// <summary>True when the dictionary's <paramref name="key"/> is the name <paramref name="value"/>.</summary>
    public static bool Named(Dictionary<string, object?>? dictionary, string key, string value) =>
        dictionary?.GetValueOrDefault(key) is PdfName name && name.Value == value;
}
