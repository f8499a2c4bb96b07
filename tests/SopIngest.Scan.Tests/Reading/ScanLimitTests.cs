using SopIngest.Core.Pipeline;
using SopIngest.HostileFiles;
using SopIngest.Pdf;
using SopIngest.Scan.Tests.Decoding;

namespace SopIngest.Scan.Tests.Reading;

/// <summary>
/// The scan reader's limits before decoding: image sides, the pixels of a TIFF's pages together, and PDF streams
/// (a scanned page's image that decompresses to a gigabyte is refused while PdfPig decodes it, after a few megabytes).
/// </summary>
public sealed class ScanLimitTests(ReaderFixture fixture) : IClassFixture<ReaderFixture>
{
    private ScanReader Reader => fixture.Reader;

    private async Task<UnreadableDocumentException> RefusedAsync(string name, byte[] content, ScanReader? reader = null)
    {
        var input = DocumentInput.Create(name, content);
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => (reader ?? Reader).ReadAsync(input, null, CancellationToken.None));
        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public async Task An_image_with_a_side_longer_than_MaxImageSide_is_refused_from_its_header()
    {
        var error = await RefusedAsync("strip.png", HostileSet.PngClaiming(1, 50_000_000));

        Assert.Contains("ScanOptions.MaxImageSide", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tiff_whose_pages_together_pass_MaxTotalPixels_is_refused_before_decoding()
    {
        var tiff = ImageHeadersTests.TiffHeader([.. Enumerable.Repeat<(uint, uint)>((7000, 7000), 20)]);

        var error = await RefusedAsync("banyak.tif", tiff);

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.Contains("ScanOptions.MaxTotalPixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_page_whose_image_decompresses_to_a_gigabyte_is_refused_while_it_decodes()
    {
        var input = DocumentInput.Create("bom.pdf", HostileSet.ImageFlateBomb(1024));
        Assert.True(Reader.CanRead(input)); // no text layer: a scan

        var error = await RefusedAsync("bom.pdf", HostileSet.ImageFlateBomb(1024));

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.Contains("PdfLimits.MaxDecodeRatio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scan_reader_refuses_a_pdf_whose_forms_draw_each_other_before_PdfPig_sees_it()
    {
        var error = await RefusedAsync("siklus.pdf", HostileSet.FormCycle());

        Assert.Contains("PdfLimits.MaxFormNesting", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_limits_the_reader_is_given_are_the_ones_it_applies()
    {
        using var strict = new ScanReader(new ScanOptions { PdfLimits = new PdfLimits { MaxDecodedStreamBytes = 1 << 20, MaxDecodeRatio = 1e9 } });

        var error = await RefusedAsync("besar.pdf", HostileSet.ImageFlateBomb(4), strict);

        Assert.Contains("PdfLimits.MaxDecodedStreamBytes", error.Message, StringComparison.Ordinal);
    }
}
