using UglyToad.PdfPig.Core;

namespace SopIngest.Pdf.Tests;

public sealed class PdfTextLayerTests
{
    [Theory]
    [InlineData("sop-dev-021.pdf", true)]
    [InlineData("sop-dev-024.pdf", true)]
    [InlineData("sop-dev-025.pdf", false)] // scanned: one JPEG per page
    [InlineData("sop-dev-028.pdf", false)]
    public void HasUsableText_tells_digital_from_scanned(string file, bool expected) =>
        Assert.Equal(expected, PdfTextLayer.HasUsableText(File.ReadAllBytes(TestFiles.Corpus(file))));

    public static TheoryData<string, byte[]> Unusable => new()
    {
        { "empty", [] },
        { "not a PDF", "hello, world"u8.ToArray() },
        { "header and garbage", "%PDF-1.7\n\u0001\u0002 garbage ]]>> endobj"u8.ToArray() },
        { "no pages", Some.ZeroPagePdf() },
        { "digits only", Some.TextPdf(1, "12345 67890 - 1 / 2 3") },
        { "password", File.ReadAllBytes(TestFiles.Fixture("password-protected.pdf")) },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void HasUsableText_is_false_and_never_throws_for_unusable_input(string name, byte[] pdf) =>
        Assert.False(PdfTextLayer.HasUsableText(pdf), name);

    [Fact]
    public void HasUsableText_is_true_for_a_page_of_words() =>
        Assert.True(PdfTextLayer.HasUsableText(Some.TextPdf(1)));

    [Fact]
    public void HasUsableText_answers_for_a_truncated_file()
    {
        var pdf = File.ReadAllBytes(TestFiles.Corpus("sop-dev-021.pdf"));

        // Whatever PdfPig makes of half a file, the probe answers instead of throwing.
        Assert.Null(Record.Exception(() => PdfTextLayer.HasUsableText(pdf.AsMemory(0, pdf.Length / 2))));
    }

    public static TheoryData<string, byte[], PdfTextLayerStatus> Statuses => new()
    {
        { "text", Some.TextPdf(1), PdfTextLayerStatus.Text },
        { "scan", File.ReadAllBytes(TestFiles.Corpus("sop-dev-025.pdf")), PdfTextLayerStatus.NoText },
        { "no pages", Some.ZeroPagePdf(), PdfTextLayerStatus.NoText },
        { "password", File.ReadAllBytes(TestFiles.Fixture("password-protected.pdf")), PdfTextLayerStatus.Encrypted },
        { "garbage", "%PDF-1.7\n\u0001 garbage"u8.ToArray(), PdfTextLayerStatus.Unreadable },
        { "empty", [], PdfTextLayerStatus.Unreadable },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Inspect_tells_why_there_is_no_text(string name, byte[] pdf, PdfTextLayerStatus expected) =>
        Assert.True(expected == PdfTextLayer.Inspect(pdf), name);

    [Fact]
    public void An_invisible_ocr_layer_is_no_usable_text()
    {
        var pdf = Some.Pdf((page, font) =>
        {
            page.SetTextRenderingMode(TextRenderingMode.Neither);
            page.AddText("Teks hasil OCR yang tidak terlihat di atas gambar pindaian", 12, new PdfPoint(50, 600), font);
        }, visibleLine: false);

        Assert.Equal(PdfTextLayerStatus.NoText, PdfTextLayer.Inspect(pdf));
    }
}
