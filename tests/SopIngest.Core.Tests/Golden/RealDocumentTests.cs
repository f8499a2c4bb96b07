using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SopIngest.Core.Model;

namespace SopIngest.Core.Tests.Golden;

/// <summary>
/// Real signed SOPs (fixtures/real, copied from ../shared/real) through the whole engine, against their hand-made
/// expected files, compared the way ../shared/eval/score.py compares (case, spacing and edge punctuation folded;
/// list items matched at 85 % similarity). Real paper is not read perfectly: handwritten numbers and dates, stamps
/// over the approver. What must hold is what a reviewer relies on: the procedure table (every step, its actors and
/// symbol, all but one step in ten), the lists, the printed title and unit; and on a digital PDF every labelled
/// value exactly.
/// </summary>
public class RealDocumentTests
{
    private const double ListMatch = 0.85;

    public static TheoryData<string> Documents() => new(
        Directory.GetFiles(Path.Combine(Repo.Fixtures, "real"), "*.expected.json")
            .Select(f => Path.GetFileName(f)[..^".expected.json".Length])
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_real_sop_gives_what_its_reviewer_relies_on(string name)
    {
        var sop = await Fixtures.ExtractAsync(Path.Combine("real", name + ".pdf"));
        var actual = JsonNode.Parse(SopJson.Serialize(sop))!.AsObject();
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repo.Fixtures, "real", name + ".expected.json")))!.AsObject();
        var problems = new List<string>();

        // Partial labels (the digital PDFs) name only the fields they hold; all of those must be right.
        var digital = sop.Source.Method == ExtractionMethod.PdfText;
        string[] identity = digital
            ? ["title", "number", "agency.unit", "dates.created.value", "dates.revised.value", "dates.effective.value", "approval.title", "approval.name", "approval.nip"]
            : ["title", "agency.unit"];
        foreach (var path in identity)
        {
            if (Find(expected, path, out var want) && Norm(want) != Norm(Find(actual, path, out var got) ? got : null))
            {
                problems.Add($"{path}: expected \"{want}\", got \"{got}\"");
            }
        }

        foreach (var key in new[] { "legalBasis", "qualifications", "relatedSops", "equipment", "warnings", "records" })
        {
            if (expected[key] is not JsonArray want)
            {
                continue;
            }
            var f1 = ItemF1(Items(want), Items(actual[key]!.AsArray()));
            if (f1 < 0.9)
            {
                problems.Add($"{key}: item F1 {f1:F2} < 0.90");
            }
        }

        if (expected["steps"] is JsonArray steps)
        {
            var got = actual["steps"]!.AsArray();
            if (got.Count != steps.Count)
            {
                problems.Add($"steps: {got.Count}, expected {steps.Count}");
            }
            else
            {
                var allowed = (int)Math.Ceiling(steps.Count / 10.0);
                var actorsWrong = Enumerable.Range(0, steps.Count).Count(i => !SameActors(steps[i]!, got[i]!));
                var shapesWrong = Enumerable.Range(0, steps.Count).Count(i => (string?)steps[i]!["shape"] != (string?)got[i]!["shape"]);
                var activity = Enumerable.Range(0, steps.Count).Average(i => Similarity(Norm(steps[i]!["activity"]), Norm(got[i]!["activity"])));
                if (actorsWrong > allowed)
                {
                    problems.Add($"steps: actors wrong on {actorsWrong} of {steps.Count} (at most {allowed})");
                }
                if (shapesWrong > allowed)
                {
                    problems.Add($"steps: shapes wrong on {shapesWrong} of {steps.Count} (at most {allowed})");
                }
                if (activity < 0.9)
                {
                    problems.Add($"steps: activities {activity:P0} similar (at least 90 %)");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{name}:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>The same actor set, names matched as list items are (OCR misreads a letter of a column title).</summary>
    private static bool SameActors(JsonNode want, JsonNode got) =>
        ItemF1(Items(want["actors"]!.AsArray()), Items(got["actors"]!.AsArray())) >= 1;

    private static List<string> Items(JsonArray items) =>
        items.Select(i => i is JsonObject o ? Norm(o["text"]) : Norm(i)).Where(s => s.Length > 0).ToList();

    /// <summary>Items matched one to one, best pairs first, as the scorer's greedy matching does.</summary>
    private static double ItemF1(List<string> want, List<string> got)
    {
        if (want.Count == 0 && got.Count == 0)
        {
            return 1;
        }
        var pairs = (from i in Enumerable.Range(0, want.Count)
                     from j in Enumerable.Range(0, got.Count)
                     let s = Similarity(want[i], got[j])
                     where s >= ListMatch
                     orderby s descending
                     select (i, j)).ToList();
        var usedWant = new HashSet<int>();
        var usedGot = new HashSet<int>();
        foreach (var (i, j) in pairs)
        {
            if (!usedWant.Contains(i) && !usedGot.Contains(j))
            {
                usedWant.Add(i);
                usedGot.Add(j);
            }
        }
        return 2.0 * usedWant.Count / (want.Count + got.Count);
    }

    private static bool Find(JsonObject root, string path, out string? value)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
        {
            if (node is not JsonObject o || !o.TryGetPropertyValue(part, out node))
            {
                value = null;
                return false;
            }
        }
        value = node?.GetValue<string>();
        return true;
    }

    private static string Norm(JsonNode? node) => Norm(node?.GetValue<string>());

    private static string Norm(string? text)
    {
        if (text is null)
        {
            return "";
        }
        var folded = string.Join(' ', text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return folded.Trim(" \t\r\n.,;:!?-\u2013\u2014_'\"`()[]{}*\u2022\u00b7|/\\".ToCharArray());
    }

    private static double Similarity(string a, string b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        a = a.Length > 600 ? a[..600] : a;
        b = b.Length > 600 ? b[..600] : b;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var x = 1; x <= a.Length; x++)
        {
            var current = new int[b.Length + 1];
            current[0] = x;
            for (var y = 1; y <= b.Length; y++)
            {
                current[y] = Math.Min(Math.Min(previous[y] + 1, current[y - 1] + 1), previous[y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1));
            }
            previous = current;
        }
        return 1.0 - previous[b.Length] / (double)Math.Max(a.Length, b.Length);
    }
}
