using OpenCvSharp;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Scan.Tests.Decoding;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Reading;

/// <summary>
/// Broken and hostile files: each ends in a clear <see cref="UnreadableDocumentException"/> or a partial result
/// with the bad page flagged, without decoding anything huge.
/// </summary>
public class HostileInputTests(ReaderFixture fixture) : IClassFixture<ReaderFixture>
{
    private ScanReader Reader => fixture.Reader;

    [Fact]
    public async Task Corrupt_pdf_is_refused_as_corrupt()
    {
        var input = DocumentInput.Create("broken.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage"u8.ToArray());

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader.ReadAsync(input, null, CancellationToken.None));

        Assert.Contains(error.Reason, new[] { UnreadableReason.Corrupt, UnreadableReason.NoContent });
        Assert.Contains("broken.pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_protected_pdf_is_refused_as_encrypted()
    {
        var input = DocumentInput.Create("encrypted.pdf", await File.ReadAllBytesAsync(Corpus.Fixture("encrypted.pdf")));

        Assert.True(Reader.CanRead(input)); // no readable text layer: it comes to the scan reader
        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader.ReadAsync(input, null, CancellationToken.None));

        Assert.Equal(UnreadableReason.Encrypted, error.Reason);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_without_pages_is_refused()
    {
        var input = DocumentInput.Create("empty.pdf", TinyPdf.WithEmptyPages(0));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader.ReadAsync(input, null, CancellationToken.None));

        Assert.Contains(error.Reason, new[] { UnreadableReason.NoContent, UnreadableReason.Corrupt });
    }

    [Fact]
    public async Task Pdf_with_more_pages_than_MaxPages_is_refused_before_any_page_is_read()
    {
        var input = DocumentInput.Create("huge.pdf", TinyPdf.WithEmptyPages(2000));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader.ReadAsync(input, null, CancellationToken.None));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
        Assert.Contains("2000 pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_claiming_100000_squared_pixels_flags_its_page_and_the_good_page_still_comes_through()
    {
        using var good = Pictures.WhitePage(1100, 780);
        Cv2.PutText(good, "PENGELOLAAN SURAT MASUK", new Point(100, 300), HersheyFonts.HersheySimplex, 1.5, Scalar.Black, 3);
        var tinyJpeg = Pictures.Jpeg(Pictures.WhitePage(8, 8));
        var pdf = TinyPdf.WithImagePages((1100, 780, Pictures.Jpeg(good)), (100000, 100000, tinyJpeg));

        var layout = await Reader.ReadAsync(DocumentInput.Create("bomb.pdf", pdf), null, CancellationToken.None);

        Assert.Equal(2, layout.PageCount);
        Assert.Equal(1, Assert.Single(layout.Pages).Number);
        var problem = Assert.Single(layout.Problems);
        Assert.Equal(FlagCode.UnreadableSource, problem.Code);
        Assert.Equal(2, problem.Page);
        Assert.Contains("100000 x 100000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_whose_only_page_is_a_bomb_is_refused()
    {
        var pdf = TinyPdf.WithImagePages((100000, 100000, Pictures.Jpeg(Pictures.WhitePage(8, 8))));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            Reader.ReadAsync(DocumentInput.Create("bomb.pdf", pdf), null, CancellationToken.None));

        Assert.Contains("MaxPixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tiff_bomb_is_refused_from_its_header()
    {
        var tiff = ImageHeadersTests.TiffHeader((100000, 100000));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            Reader.ReadAsync(DocumentInput.Create("bomb.tif", tiff), null, CancellationToken.None));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
    }

    [Fact]
    public async Task Png_header_claiming_a_huge_image_is_refused_before_decoding()
    {
        var png = Pictures.Png(Pictures.WhitePage(16, 16));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), 100000);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), 100000);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            Reader.ReadAsync(DocumentInput.Create("bomb.png", png), null, CancellationToken.None));

        Assert.Equal(UnreadableReason.TooLarge, error.Reason);
    }

    [Fact]
    public async Task Jpeg_truncated_halfway_is_read_as_far_as_it_goes_or_refused_clearly()
    {
        using var page = Pictures.WhitePage(1100, 780);
        Cv2.PutText(page, "Mulai", new Point(100, 200), HersheyFonts.HersheySimplex, 2, Scalar.Black, 4);
        var jpeg = Pictures.Jpeg(page);
        var input = DocumentInput.Create("cut.jpg", jpeg[..(jpeg.Length / 2)]);

        try
        {
            var layout = await Reader.ReadAsync(input, null, CancellationToken.None);
            Assert.Equal(1, layout.PageCount);
        }
        catch (UnreadableDocumentException error)
        {
            Assert.Equal(UnreadableReason.Corrupt, error.Reason);
        }
    }

    [Fact]
    public async Task Jpeg_cut_inside_its_header_is_refused_as_corrupt()
    {
        var jpeg = Pictures.Jpeg(Pictures.WhitePage(64, 64));
        var input = DocumentInput.Create("stub.jpg", jpeg[..12]);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => Reader.ReadAsync(input, null, CancellationToken.None));

        Assert.Equal(UnreadableReason.Corrupt, error.Reason);
    }

    [Fact]
    public void Text_exports_are_not_for_the_scan_reader()
    {
        Assert.False(Reader.CanRead(DocumentInput.Create("a.md", "# SOP"u8.ToArray())));
        Assert.True(Reader.CanRead(DocumentInput.Create("a.png", Pictures.Png(Pictures.WhitePage(8, 8)))));
        Assert.True(Reader.CanRead(DocumentInput.Create("a.tif", ImageHeadersTests.TiffHeader((8, 8)))));
    }
}
