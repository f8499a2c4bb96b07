using System.Buffers.Binary;

namespace SopIngest.Tesseract.Tests;

public sealed class OcrImageTests
{
    [Fact]
    public void FromEncoded_reads_size_and_resolution_from_a_png()
    {
        using var image = OcrImage.FromEncoded(TestImages.SopLinesPng());
        var (_, width, height) = TestImages.SopLinesPixels();

        Assert.Equal(width, image.Width);
        Assert.Equal(height, image.Height);
        Assert.Equal(TestImages.SopLinesDpi, image.Dpi);
    }

    [Fact]
    public void FromFile_reads_the_same_image_as_FromEncoded()
    {
        using var image = OcrImage.FromFile(TestImages.SopLinesPngPath);

        Assert.Equal(1800, image.Width);
        Assert.Equal(600, image.Height);
    }

    [Fact]
    public void FromEncoded_refuses_an_empty_buffer()
    {
        var error = Assert.Throws<OcrImageException>(() => OcrImage.FromEncoded([]));

        Assert.Equal(OcrImageProblem.Unreadable, error.Reason);
    }

    [Fact]
    public void FromEncoded_refuses_bytes_that_are_no_image()
    {
        var error = Assert.Throws<OcrImageException>(() => OcrImage.FromEncoded("Nama SOP : Pelayanan KTP"u8));

        Assert.Equal(OcrImageProblem.Unreadable, error.Reason);
        Assert.Contains("PNG, JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEncoded_refuses_a_truncated_png()
    {
        var png = TestImages.SopLinesPng();

        var error = Assert.Throws<OcrImageException>(() => OcrImage.FromEncoded(png.AsSpan(0, 200)));

        Assert.Equal(OcrImageProblem.Unreadable, error.Reason);
    }

    [Fact]
    public void FromEncoded_refuses_an_image_over_the_pixel_limit()
    {
        var limits = new OcrImageLimits { MaxPixels = 1800 * 600 - 1 };

        var error = Assert.Throws<OcrImageException>(() => OcrImage.FromEncoded(TestImages.SopLinesPng(), limits));

        Assert.Equal(OcrImageProblem.TooLarge, error.Reason);
        Assert.Contains("1800 x 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEncoded_refuses_a_decompression_bomb_from_its_header_alone()
    {
        // A PNG whose header claims 100,000 x 100,000 pixels (10 Gpx, 10 GB of grey) over a tiny body: refused
        // before leptonica allocates anything. IHDR width and height sit at bytes 16 and 20.
        var png = TestImages.SopLinesPng();
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 100_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 100_000);

        var error = Assert.Throws<OcrImageException>(() => OcrImage.FromEncoded(png));

        Assert.Equal(OcrImageProblem.TooLarge, error.Reason);
    }

    [Fact]
    public void FromEncoded_refuses_a_file_over_the_byte_limit()
    {
        var error = Assert.Throws<OcrImageException>(() =>
            OcrImage.FromEncoded(TestImages.SopLinesPng(), new OcrImageLimits { MaxBytes = 1000 }));

        Assert.Equal(OcrImageProblem.TooLarge, error.Reason);
    }

    [Theory]
    [InlineData(0, 10, 1, 10, 100)]     // no width
    [InlineData(10, 0, 1, 10, 100)]     // no height
    [InlineData(10, 10, 2, 20, 200)]    // 16-bit grey is not a Tesseract input
    [InlineData(10, 10, 1, 9, 100)]     // stride shorter than a row
    [InlineData(10, 10, 3, 30, 299)]    // one byte short
    public void FromPixels_rejects_inconsistent_geometry(int width, int height, int bytesPerPixel, int stride, int length)
    {
        Assert.ThrowsAny<ArgumentException>(() => OcrImage.FromPixels(new byte[length], width, height, bytesPerPixel, stride));
    }

    [Theory]
    [InlineData(10, 10, 1, 10, 100)]
    [InlineData(10, 10, 1, 16, 154)]    // padded rows; the last one needs no padding
    [InlineData(10, 10, 3, 30, 300)]
    [InlineData(10, 10, 4, 40, 400)]
    public void FromPixels_accepts_consistent_geometry(int width, int height, int bytesPerPixel, int stride, int length)
    {
        using var image = OcrImage.FromPixels(new byte[length], width, height, bytesPerPixel, stride);

        Assert.Equal(width, image.Width);
        Assert.Null(image.Dpi);
    }

    [Theory]
    [InlineData(69)]
    [InlineData(2401)]
    public void FromPixels_rejects_an_implausible_resolution(int dpi)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OcrImage.FromPixels(new byte[100], 10, 10, 1, 10, dpi));
    }

    [Fact]
    public void A_disposed_image_cannot_be_recognised()
    {
        using var engine = new TesseractEngine(new TesseractOptions());
        var image = OcrImage.FromEncoded(TestImages.SopLinesPng());
        image.Dispose();

        Assert.Throws<ObjectDisposedException>(() => engine.Recognize(image));
    }
}
