using SopIngest.Core.Pipeline;
using SopIngest.Scan.Tests.Support;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Tests.Reading;

/// <summary>PDF pages that are not one full-page image go through poppler's pdftoppm.</summary>
public class RasterisingTests(ReaderFixture fixture) : IClassFixture<ReaderFixture>
{
    [Fact]
    public async Task A_page_without_an_image_is_rendered_and_read()
    {
        var layout = await fixture.Reader.ReadAsync(DocumentInput.Create("blank.pdf", TinyPdf.WithEmptyPages(1)), null, CancellationToken.None);

        var page = Assert.Single(layout.Pages);
        Assert.Empty(layout.Problems);
        Assert.True(page.Width > 0 && page.Height > page.Width); // portrait A4 at the OCR resolution
    }

    [Fact]
    public async Task A_missing_pdftoppm_is_an_infrastructure_error_naming_the_package()
    {
        using var ocr = new TesseractOcr(new TesseractOcrOptions { MaxEngines = 1 });
        using var reader = new ScanReader(ocr, new ScanOptions { PdftoppmPath = "/nonexistent/pdftoppm" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            reader.ReadAsync(DocumentInput.Create("blank.pdf", TinyPdf.WithEmptyPages(1)), null, CancellationToken.None));

        Assert.Contains("poppler-utils", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Options_are_checked_when_the_reader_is_built(int pages)
    {
        using var ocr = new TesseractOcr(new TesseractOcrOptions { MaxEngines = 1 });

        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanReader(ocr, new ScanOptions { MaxPages = pages }));
    }
}
