namespace SopIngest.Readers.Markdown;

/// <summary>
/// An estimate of Markdown container nesting from the line starts alone, as CommonMark nests them: block quote
/// markers (<c>&gt;</c>), list markers at the start of a line or of an item's content (<c>- - - x</c>), and list items
/// indented to or past the content of an open item. Linear; never refuses flat text however far it is indented
/// (layout text pads with spaces, which opens no container).
/// </summary>
internal static class MarkdownNesting
{
    public static int Depth(string markdown)
    {
        var open = new List<int>(); // content columns of the open list items
        var max = 0;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            var line = markdown.AsSpan(range);
            var (indent, at) = Indent(line, 0);
            if (at >= line.Length || line[at..].IsWhiteSpace())
            {
                continue; // a blank line closes nothing by itself
            }
            while (open.Count > 0 && indent < open[^1])
            {
                open.RemoveAt(open.Count - 1);
            }
            var depth = open.Count;
            while (at < line.Length)
            {
                if (line[at] == '>')
                {
                    depth++;
                    (_, at) = Indent(line, at + 1);
                    continue;
                }
                var marker = ListMarker(line[at..]);
                if (marker == 0)
                {
                    break;
                }
                depth++;
                var (_, content) = Indent(line, at + marker);
                open.Add(indent + (content - at));
                at = content;
            }
            max = Math.Max(max, depth);
        }
        return max;
    }

    /// <summary>Columns of white space from <paramref name="from"/> (a tab to the next multiple of four) and where the text starts.</summary>
    private static (int Columns, int At) Indent(ReadOnlySpan<char> line, int from)
    {
        var columns = 0;
        var at = from;
        while (at < line.Length && line[at] is ' ' or '\t' or '\r')
        {
            columns += line[at] == '\t' ? 4 - columns % 4 : 1;
            at++;
        }
        return (columns, at);
    }

    /// <summary>The width of a list marker and the space after it (<c>- </c>, <c>12. </c>, <c>3) </c>), or 0.</summary>
    private static int ListMarker(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] is ' ' or '\t')
        {
            return 2;
        }
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
