using SopIngest.Core.Model;
using SopIngest.Engine;

namespace SopIngest.Readers.Tests.Pipeline;

/// <summary>
/// A procedure table of 10,000 numbered rows in each export format completes with one step per row.
/// A class of its own so xunit runs these slow cases beside the others.
/// </summary>
public sealed class LargeTableTests : IDisposable
{
    private const int Rows = 10_000;

    private readonly SopEngine _engine = SopEngine.Create();

    public void Dispose() => _engine.Dispose();

    [Theory]
    [InlineData("sop-dev-001.md")]
    [InlineData("sop-dev-009.md")]
    [InlineData("sop-dev-015.html")]
    [InlineData("sop-dev-017.txt")]
    public async Task A_procedure_table_of_10000_rows_gives_one_step_per_numbered_row(string fixture)
    {
        var input = Some.Input(fixture, LargeDocuments.WithSteps(fixture, Rows));

        var result = await _engine.Extractor.ExtractAsync(input);

        Assert.Equal(Enumerable.Range(1, Rows), result.Steps.Select(s => s.No ?? 0));
        Assert.DoesNotContain(result.Flags, f => f.Code == FlagCode.StepSequenceGap);
    }

    [Theory]
    [InlineData("sop-dev-001.md")]
    [InlineData("sop-dev-009.md")]
    [InlineData("sop-dev-015.html")]
    [InlineData("sop-dev-017.txt")]
    public async Task A_procedure_table_of_999_rows_gives_one_step_per_numbered_row(string fixture)
    {
        var input = Some.Input(fixture, LargeDocuments.WithSteps(fixture, 999));

        var result = await _engine.Extractor.ExtractAsync(input);

        Assert.Equal(Enumerable.Range(1, 999), result.Steps.Select(s => s.No ?? 0));
        Assert.All(result.Steps, s => Assert.False(string.IsNullOrEmpty(s.Activity)));
    }
}
