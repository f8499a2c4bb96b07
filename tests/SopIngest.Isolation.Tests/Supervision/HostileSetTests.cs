using SopIngest.Core.Pipeline;
using SopIngest.HostileFiles;

namespace SopIngest.Isolation.Tests.Supervision;

/// <summary>
/// The hostile set through the default limits, in one reader process: every file ends in one clear refusal that names
/// the limit it passed, no reader crashes or is stopped, and the reader's memory stays far below 2 GiB.
/// </summary>
public sealed class HostileSetTests : IAsyncDisposable
{
    private readonly IsolatedExtractor _extractor = new();

    public static TheoryData<string> Names() => [.. HostileSet.All().Select(f => f.Name)];

    public ValueTask DisposeAsync() => _extractor.DisposeAsync();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_hostile_file_is_refused_by_name_with_the_limit_it_passes(string name)
    {
        var file = HostileSet.All().Single(f => f.Name == name);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => _extractor.ExtractAsync(DocumentInput.Create(file.Name, file.Content)));

        Assert.StartsWith(file.Name + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(file.Expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _extractor.Crashes);
        Assert.Equal(1, _extractor.ProcessesStarted);
        Assert.InRange(_extractor.LastPeakResidentBytes ?? 0, 0, 1L << 30);
    }
}
