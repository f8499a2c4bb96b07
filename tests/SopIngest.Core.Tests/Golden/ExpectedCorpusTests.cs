using System.Text.Json.Nodes;
using SopIngest.Core.Model;

namespace SopIngest.Core.Tests.Golden;

/// <summary>
/// The export families of the development corpus must come out exactly as their expected files say
/// (values, steps, and flags compared as code and field, as the scorer does).
/// </summary>
public class ExpectedCorpusTests
{
    public static TheoryData<string> ExportInputs() =>
        new(Fixtures.Inputs(".md", ".html", ".txt").Where(f => f.StartsWith("corpus", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(ExportInputs))]
    public async Task Export_extraction_equals_the_expected_file(string input)
    {
        var actual = JsonNode.Parse(SopJson.Serialize(await Fixtures.ExtractAsync(input)))!.AsObject();
        var expectedPath = Path.Combine(Repo.Fixtures, "corpus", Path.GetFileNameWithoutExtension(input) + ".expected.json");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(expectedPath))!.AsObject();
        foreach (var key in new[] { "title", "number", "agency", "dates", "approval", "legalBasis", "qualifications",
                     "relatedSops", "equipment", "warnings", "records", "actors", "steps", "signature" })
        {
            // Case as written varies between the expected files and the sources; the scorer ignores it too.
            Assert.True(Folded(expected[key]) == Folded(actual[key]),
                $"{input} {key}:\nexpected {expected[key]?.ToJsonString()}\nactual   {actual[key]?.ToJsonString()}");
        }
        Assert.Equal(FlagSet(expected), FlagSet(actual));
        Assert.Equal(expected["source"]!["sha256"]!.GetValue<string>(), actual["source"]!["sha256"]!.GetValue<string>());
        Assert.Equal(expected["source"]!["method"]!.GetValue<string>(), actual["source"]!["method"]!.GetValue<string>());
    }

    private static string Folded(JsonNode? node) => (node?.ToJsonString() ?? "null").ToLowerInvariant();

    private static IReadOnlyList<string> FlagSet(JsonObject sop) =>
        sop["flags"]!.AsArray()
            .Select(f => $"{f!["code"]!.GetValue<string>()}@{f["field"]!.GetValue<string>()}")
            .Where(f => !f.StartsWith("low-confidence", StringComparison.Ordinal) && !f.StartsWith("unreadable-source", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
}
