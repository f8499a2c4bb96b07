using System.Text;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.HostileFiles;

namespace SopIngest.Readers.Tests.Pipeline;

/// <summary>
/// Markdown and HTML exports that ask for absurd work: refused with the limit's name (ExportLimits), the expansion
/// bomb after rendering its budget rather than its gigabytes; ordinary exports, however indented, are not.
/// </summary>
public sealed class ExportLimitTests : IDisposable
{
    private readonly SopEngine _engine = SopEngine.Create();

    public void Dispose() => _engine.Dispose();

    private async Task<UnreadableDocumentException> RefusedAsync(DocumentInput input, SopEngine? engine = null)
    {
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => (engine ?? _engine).Extractor.ExtractAsync(input));
        Assert.StartsWith(input.FileName + ": ", error.Message, StringComparison.Ordinal);
        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        return error;
    }

    [Fact]
    public async Task A_markdown_expansion_bomb_is_refused_at_its_render_budget()
    {
        var error = await RefusedAsync(Some.Input("bom.md", HostileSet.MarkdownExpansionBomb()));

        Assert.Contains("ExportLimits.MaxExpansionRatio", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(5000, true)]
    public async Task Markdown_link_references_render_freely_up_to_the_ratio(int uses, bool refused)
    {
        // Each use of a 64 KB URL renders it again: 10 uses are about 10 times the input (under 20), 5,000 are not.
        var input = Some.Input("tautan.md", HostileSet.MarkdownExpansionBomb(uses));

        var outcome = await Record.ExceptionAsync(() => _engine.Extractor.ExtractAsync(input));

        Assert.Equal(refused, outcome is UnreadableDocumentException { Reason: UnreadableReason.LimitExceeded });
        Assert.True(refused || outcome is null, outcome?.ToString());
    }

    [Theory]
    [InlineData("nested-lists.md")]
    [InlineData("nested-quotes.md")]
    public async Task Markdown_nested_thousands_deep_is_refused_before_markdig_parses_it(string name)
    {
        var file = HostileSet.All().Single(f => f.Name == name);

        var error = await RefusedAsync(Some.Input(file.Name, file.Content));

        Assert.Contains("ExportLimits.MaxMarkdownNesting", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(64, false)]
    [InlineData(65, true)]
    public async Task The_markdown_nesting_limit_is_inclusive(int depth, bool refused)
    {
        var input = Some.Input("daftar.md", HostileSet.MarkdownNestedLists(depth));

        var outcome = await Record.ExceptionAsync(() => _engine.Extractor.ExtractAsync(input));

        Assert.Equal(refused, outcome is UnreadableDocumentException { Reason: UnreadableReason.LimitExceeded });
    }

    [Fact]
    public async Task Text_padded_with_hundreds_of_spaces_is_not_nesting()
    {
        var lines = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 400) + $"Nomor SOP {i} <b>x</b>\n"));

        var result = await _engine.Extractor.ExtractAsync(Some.Input("tata-letak.txt", "**Nama SOP** : Pelayanan\n" + lines));

        Assert.NotNull(result);
    }

    [Fact]
    public async Task Html_nested_deeper_than_MaxHtmlNesting_names_the_limit()
    {
        var error = await RefusedAsync(Some.Input("dalam.html", HostileSet.HtmlNesting(100_000)));

        Assert.Contains("ExportLimits.MaxHtmlNesting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_engine_applies_the_export_limits_it_is_given()
    {
        using var strict = SopEngine.Create(new EngineOptions { Exports = new ExportLimits { MaxMarkdownNesting = 4 } });
        var markdown = Encoding.UTF8.GetBytes("Nama SOP : Surat\n\n- a\n  - b\n    - c\n      - d\n        - e\n");

        var error = await RefusedAsync(Some.Input("lima.md", markdown), strict);

        Assert.Contains("nests lists and quotes 5 levels deep, more than 4", error.Message, StringComparison.Ordinal);
    }
}
