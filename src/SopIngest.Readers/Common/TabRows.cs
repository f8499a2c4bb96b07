namespace SopIngest.Readers.Common;

/// <summary>
/// Converters write table rows as tab-separated lines (seed 000 and 002 style). This splits a text into
/// runs: consecutive tab lines (a table) and everything else, in order.
/// </summary>
internal static class TabRows
{
    public static IEnumerable<(bool IsTable, IReadOnlyList<string> Lines)> Runs(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var run = new List<string>();
        var runIsTable = false;
        foreach (var line in lines)
        {
            var isTable = line.Contains('\t', StringComparison.Ordinal) && line.Trim().Length > 0;
            if (run.Count > 0 && isTable != runIsTable)
            {
                yield return (runIsTable, run);
                run = [];
            }
            runIsTable = isTable;
            run.Add(line);
        }
        if (run.Count > 0)
        {
            yield return (runIsTable, run);
        }
    }
}
