using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SopIngest.Readers.Tests.Pipeline;

/// <summary>
/// Builds huge but well-formed exports from corpus fixtures: the fixture's own header and closing block
/// around <c>rows</c> procedure rows copied from its second step, renumbered 1..rows.
/// </summary>
internal static class LargeDocuments
{
    /// <summary>fixture, regex of a numbered data row (group 1 = the number).</summary>
    public static readonly IReadOnlyDictionary<string, string> RowPatterns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sop-dev-001.md"] = @"^(\d+)\.\t",          // md002 tab rows
        ["sop-dev-009.md"] = @"^\| (\d+) \|",        // pipe table
        ["sop-dev-015.html"] = @"^<tr><td>(\d+)</td>", // html-clean
        ["sop-dev-017.txt"] = @"^(\d+)\.\t",          // plain text tab rows
    };

    public static byte[] WithSteps(string fixture, int rows)
    {
        var pattern = new Regex(RowPatterns[fixture], RegexOptions.CultureInvariant);
        var lines = File.ReadAllLines(Some.CorpusFile(fixture));
        var first = Array.FindIndex(lines, l => pattern.IsMatch(l));
        var last = Array.FindLastIndex(lines, l => pattern.IsMatch(l));
        if (first < 0 || last <= first)
        {
            throw new InvalidOperationException($"{fixture}: no procedure rows found with {pattern}");
        }
        var template = lines[first + 1];
        var number = pattern.Match(template).Groups[1];
        var text = new StringBuilder();
        foreach (var line in lines[..first])
        {
            text.Append(line).Append('\n');
        }
        for (var i = 1; i <= rows; i++)
        {
            text.Append(template, 0, number.Index)
                .Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(template, number.Index + number.Length, template.Length - number.Index - number.Length)
                .Append('\n');
        }
        foreach (var line in lines[(last + 1)..])
        {
            text.Append(line).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
