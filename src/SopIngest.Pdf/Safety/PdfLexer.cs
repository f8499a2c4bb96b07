using System.Buffers.Text;

namespace SopIngest.Pdf.Safety;

/// <summary>
/// PDF tokens over raw bytes, for the preflight check: never allocates for what it skips (strings, comments) and never
/// recurses. Lenient like the readers: a stray byte is a one-byte keyword, an unclosed string runs to the end.
/// </summary>
internal ref struct PdfLexer(ReadOnlySpan<byte> data, int position = 0)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; set; } = position;

    public readonly ReadOnlySpan<byte> Data => _data;

    /// <summary>The next token; <see cref="PdfTokenKind.End"/> at the end of the data.</summary>
    public PdfToken Next()
    {
        SkipSpaceAndComments();
        if (Position >= _data.Length)
        {
            return new PdfToken(PdfTokenKind.End, Position, Position);
        }
        var start = Position;
        var b = _data[Position];
        switch (b)
        {
            case (byte)'[':
                Position++;
                return new PdfToken(PdfTokenKind.ArrayStart, start, Position);
            case (byte)']':
                Position++;
                return new PdfToken(PdfTokenKind.ArrayEnd, start, Position);
            case (byte)'<' when Position + 1 < _data.Length && _data[Position + 1] == '<':
                Position += 2;
                return new PdfToken(PdfTokenKind.DictionaryStart, start, Position);
            case (byte)'>' when Position + 1 < _data.Length && _data[Position + 1] == '>':
                Position += 2;
                return new PdfToken(PdfTokenKind.DictionaryEnd, start, Position);
            case (byte)'<':
                var close = _data[Position..].IndexOf((byte)'>');
                Position = close < 0 ? _data.Length : Position + close + 1;
                return new PdfToken(PdfTokenKind.String, start, Position);
            case (byte)'(':
                SkipLiteralString();
                return new PdfToken(PdfTokenKind.String, start, Position);
            case (byte)'/':
                Position++;
                while (Position < _data.Length && IsRegular(_data[Position]))
                {
                    Position++;
                }
                return new PdfToken(PdfTokenKind.Name, start + 1, Position);
        }
        if (IsDelimiter(b))
        {
            Position++; // ')', '>', '{', '}' out of place: one byte of nothing
            return new PdfToken(PdfTokenKind.Keyword, start, Position);
        }
        while (Position < _data.Length && IsRegular(_data[Position]))
        {
            Position++;
        }
        var text = _data[start..Position];
        if (Utf8Parser.TryParse(text, out long value, out var used) && used == text.Length)
        {
            return new PdfToken(PdfTokenKind.Integer, start, Position, value);
        }
        if (IsNumber(text))
        {
            return new PdfToken(PdfTokenKind.Real, start, Position);
        }
        return new PdfToken(PdfTokenKind.Keyword, start, Position);
    }

    /// <summary>The next token without consuming it.</summary>
    public readonly PdfToken Peek()
    {
        var copy = this;
        return copy.Next();
    }

    public readonly ReadOnlySpan<byte> Text(PdfToken token) => _data[token.Start..token.End];

    private void SkipSpaceAndComments()
    {
        while (Position < _data.Length)
        {
            var b = _data[Position];
            if (IsWhite(b))
            {
                Position++;
            }
            else if (b == '%')
            {
                var eol = _data[Position..].IndexOfAny((byte)'\n', (byte)'\r');
                Position = eol < 0 ? _data.Length : Position + eol;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipLiteralString()
    {
        var depth = 0;
        while (Position < _data.Length)
        {
            var b = _data[Position++];
            if (b == '\\')
            {
                Position++;
            }
            else if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                return;
            }
        }
        Position = Math.Min(Position, _data.Length);
    }

    private static bool IsNumber(ReadOnlySpan<byte> text)
    {
        var digits = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit((char)c))
            {
                digits = true;
            }
            else if (!(c == '.' || (i == 0 && c is (byte)'+' or (byte)'-')))
            {
                return false;
            }
        }
        return digits;
    }

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or
        (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);
}
