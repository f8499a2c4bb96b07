using System.Text.Json;
using SopIngest.Core.Parsing;
using SopIngest.Core.Pipeline;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Reading;

/// <summary>
/// A digital PDF of the dev corpus read as if it were a scan (rendered by pdftoppm at 300 dpi, then OCR) must
/// parse to what its text layer gives: the same cell paragraphs (wrapped lines joined), list items and steps.
/// </summary>
public class RenderedDigitalPdfTests(ReaderFixture fixture) : IClassFixture<ReaderFixture>
{
    [Fact]
    public async Task A_rendered_digital_pdf_parses_like_its_text_layer()
    {
        var input = DocumentInput.Create("sop-dev-023.pdf", await File.ReadAllBytesAsync(Corpus.Path("sop-dev-023.pdf")));
        var layout = await fixture.Reader.ReadAsync(input, null, CancellationToken.None);

        var sop = SopParser.Parse(layout).Document;

        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Corpus.Path("sop-dev-023.expected.json")));
        string[] Strings(string name) => expected.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(Strings("warnings"), sop.Warnings); // one item wrapped over two lines in its cell
        Assert.Equal(Strings("relatedSops"), sop.RelatedSops); // numbered "1." "2."
        Assert.Equal(Strings("actors"), sop.Actors);
        Assert.Equal(expected.RootElement.GetProperty("steps").GetArrayLength(), sop.Steps.Count);
    }
}
