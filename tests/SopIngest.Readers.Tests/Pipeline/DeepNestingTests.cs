using System.Text;
using SopIngest.Engine;

namespace SopIngest.Readers.Tests.Pipeline;

/// <summary>
/// Absurdly deep nesting must not overflow the stack (which would kill the process, not just the job):
/// it gives a result or a clear refusal. A class of its own so xunit runs these slow cases beside the others.
/// </summary>
public sealed class DeepNestingTests : IDisposable
{
    private const int Depth = 100_000;

    private readonly SopEngine _engine = SopEngine.Create();

    public void Dispose() => _engine.Dispose();

    private static string Nested(string open, string close, string inner) =>
        new StringBuilder(Depth * (open.Length + close.Length) + inner.Length)
            .Insert(0, open, Depth).Append(inner).Insert(Depth * open.Length + inner.Length, close, Depth).ToString();

    [Fact]
    public async Task An_html_document_nested_100000_divs_deep_does_not_crash()
    {
        var html = $"<html><body><p>Nama SOP : Pelayanan Surat</p>{Nested("<div>", "</div>", "Menerima surat")}</body></html>";

        var result = await Outcome.ExtractedOrRefusedAsync(_engine.Extractor, Some.Input("dalam.html", html));

        Assert.True(result is null || result.Flags.Count > 0);
    }

    [Fact]
    public async Task A_table_cell_nested_100000_divs_deep_does_not_crash()
    {
        var html = $"<table><tr><td>1</td><td>{Nested("<div>", "</div>", "Menerima surat")}</td></tr></table>";

        var result = await Outcome.ExtractedOrRefusedAsync(_engine.Extractor, Some.Input("sel.html", html));

        Assert.True(result is null || result.Flags.Count > 0);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("[")]
    [InlineData("*")]
    public async Task Markdown_nested_100000_levels_deep_gives_a_result_or_a_clear_refusal(string opener)
    {
        var markdown = $"Nama SOP : Pelayanan Surat\n\n{Nested(opener, "", " Menerima surat")}\n";

        var result = await Outcome.ExtractedOrRefusedAsync(_engine.Extractor, Some.Input("dalam.md", markdown));

        Assert.True(result is null || result.Flags.Count > 0);
    }
}
