namespace SopIngest.Readers.Common;

/// <summary>
/// Converters write table rows as tab-separated lines (seed 000 and 002 style) or as Markdown pipe rows.
/// This splits a text into runs of one kind: tab rows, pipe rows, or everything else, in order.
/// </summary>
internal static class TabRows
{
    public static IEnumerable<(bool IsTable, IReadOnlyList<string> Lines)> Runs(string text) =>
        KindedRuns(text, pipes: false).Select(r => (r.Kind == RowKind.Tab, r.Lines));

    public static IEnumerable<(RowKind Kind, IReadOnlyList<string> Lines)> KindedRuns(string text, bool pipes)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var run = new List<string>();
        var runKind = RowKind.Text;
        foreach (var line in lines)
        {
            var kind = KindOf(line, pipes);
            if (run.Count > 0 && kind != runKind)
            {
                yield return (runKind, run);
                run = [];
            }
            runKind = kind;
            run.Add(line);
        }
        if (run.Count > 0)
        {
            yield return (runKind, run);
        }
    }

    /// <summary>The cells of a pipe row: "| a | b |" -> ["a", "b"]; escaped pipes stay in the text.</summary>
    public static IReadOnlyList<string> PipeCells(string line)
    {
        var trimmed = line.Trim();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = trimmed.StartsWith('|') ? 1 : 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\' && i + 1 < trimmed.Length && trimmed[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(trimmed[i]);
            }
        }
        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }
        return cells;
    }

    /// <summary>The "|---|:---:|" line under a pipe table's header.</summary>
    public static bool IsDelimiterRow(IReadOnlyList<string> cells) =>
        cells.Count > 0 && cells.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));

    private static RowKind KindOf(string line, bool pipes)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return RowKind.Text;
        }
        // A pipe row may hold a tab inside a cell; it is still a pipe row.
        if (pipes && trimmed.StartsWith('|') && trimmed.Count(c => c == '|') >= 2)
        {
            return RowKind.Pipe;
        }
        return line.Contains('\t', StringComparison.Ordinal) ? RowKind.Tab : RowKind.Text;
    }
}

internal enum RowKind
{
    Text,
    Tab,
    Pipe,
}
