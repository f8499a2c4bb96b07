namespace SopIngest.Core.Tests.Golden;

public class SchemaValidatorTests
{
    [Fact]
    public void Every_expected_file_of_the_corpus_is_valid()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Fixtures, "corpus"), "*.expected.json"))
        {
            Assert.Empty(SchemaValidator.Errors(File.ReadAllText(file)));
        }
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0"}""")]
    [InlineData("""{"schemaVersion":"2.0","title":null}""")]
    public void The_validator_rejects_what_the_schema_rejects(string json) => Assert.NotEmpty(SchemaValidator.Errors(json));

    [Fact]
    public void The_validator_rejects_an_unknown_flag_code()
    {
        var json = File.ReadAllText(Directory.GetFiles(Path.Combine(Repo.Fixtures, "corpus"), "*.expected.json")[0])
            .Replace("\"missing-field\"", "\"made-up-code\"", StringComparison.Ordinal)
            .Replace("\"step-no-actor\"", "\"made-up-code\"", StringComparison.Ordinal)
            .Replace("\"missing-section\"", "\"made-up-code\"", StringComparison.Ordinal)
            .Replace("\"invalid-nip\"", "\"made-up-code\"", StringComparison.Ordinal)
            .Replace("\"step-sequence-gap\"", "\"made-up-code\"", StringComparison.Ordinal)
            .Replace("\"unparsed-duration\"", "\"made-up-code\"", StringComparison.Ordinal);
        Assert.NotEmpty(SchemaValidator.Errors(json));
    }
}
