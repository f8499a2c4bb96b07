using System.Text.RegularExpressions;
using SopIngest.Core.Layout;
using SopIngest.Core.Model;
using SopIngest.Core.Text;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Best effort for text that lost the table (raw OCR text of a scanned flowchart): after the table's
/// header words, a line starting with a number begins a step and other lines continue it. Actors,
/// shapes and times cannot be told apart there; the validator flags them.
/// </summary>
internal static partial class StepListParser
{
    public static (IReadOnlyList<Step> Steps, int HeaderLine)? Parse(IReadOnlyList<TextLine> lines)
    {
        var header = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var words = TextNormalizer.Key(lines[i].Text).Split(' ');
            var activity = words.Length <= MaxHeaderWords &&
                           words.Any(w => w is "kegiatan" or "aktivitas" or "uraian" or "prosedur");
            var near = lines.Skip(Math.Max(0, i - 2)).Take(5).SelectMany(l => TextNormalizer.Key(l.Text).Split(' ')).ToHashSet(StringComparer.Ordinal);
            if (activity && (near.Contains("pelaksana") || near.Contains("mutu") || near.Contains("kelengkapan")))
            {
                header = i;
                break;
            }
        }
        if (header < 0)
        {
            return null;
        }
        var steps = new List<(int? No, List<string> Text)>();
        for (var i = header + 1; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var m = StepStart().Match(text);
            if (m.Success)
            {
                int? no = m.Groups["no"].Success ? int.Parse(m.Groups["no"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                steps.Add((no, [text[m.Length..]]));
            }
            else if (steps.Count > 0 && !IsColumnNumbers(text))
            {
                steps[^1].Text.Add(text);
            }
        }
        var result = steps.Select(s => new Step(s.No, TextNormalizer.Fold(string.Join(' ', s.Text)), [], null, null,
            Duration.Blank, null, null)).Where(s => s.Activity.Length > 0).ToList();
        return (result, header);
    }

    /// <summary>The header line also carries the actor names: allow for a dozen words.</summary>
    private const int MaxHeaderWords = 16;

    private static bool IsColumnNumbers(string text) => ColumnNumbers().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?<no>\d{1,2})(?:\s*[.|)]\s*|\s+)|[.,]\s+)(?=\p{L})")]
    private static partial Regex StepStart();

    [GeneratedRegex(@"^[\d\s]+$")]
    private static partial Regex ColumnNumbers();
}
