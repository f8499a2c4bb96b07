using SopIngest.Core.Model;

namespace SopIngest.Core.Tests.Golden;

/// <summary>
/// Every fixture's extraction is kept in fixtures/golden/NAME.json; a change in output shows up as a
/// diff to review. Run with SOPINGEST_REGEN_FIXTURES=1 to rewrite them: the tests then fail on purpose,
/// so the switch cannot be left on.
/// </summary>
public class GoldenTests
{
    private static bool Regenerate => Environment.GetEnvironmentVariable("SOPINGEST_REGEN_FIXTURES") == "1";

    public static TheoryData<string> Inputs() => new(Fixtures.Inputs(".md", ".html", ".txt"));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Extraction_matches_its_golden_file_and_the_schema(string input)
    {
        var json = SopJson.Serialize(await Fixtures.ExtractAsync(input));
        Assert.Empty(SchemaValidator.Errors(json));
        var golden = Path.Combine(Repo.Fixtures, "golden", Path.GetFileNameWithoutExtension(input) + ".json");
        if (Regenerate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            await File.WriteAllTextAsync(golden, json + "\n");
            Assert.Fail($"SOPINGEST_REGEN_FIXTURES=1: rewrote {golden}; unset the switch and run again.");
        }
        Assert.True(File.Exists(golden), $"{golden} is missing: run the tests once with SOPINGEST_REGEN_FIXTURES=1 and review the new file.");
        Assert.Equal((await File.ReadAllTextAsync(golden)).TrimEnd(), json.TrimEnd());
    }
}
