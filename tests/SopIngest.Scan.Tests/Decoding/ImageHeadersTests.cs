using System.Buffers.Binary;
using SopIngest.Scan.Decoding;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Decoding;

public class ImageHeadersTests
{
    [Theory]
    [InlineData(640, 480)]
    [InlineData(1, 1)]
    [InlineData(2339, 1653)]
    public void Png_and_jpeg_headers_give_the_encoded_size(int width, int height)
    {
        using var page = Pictures.WhitePage(width, height);
        Assert.Equal(new ImageSize(width, height), ImageHeaders.ReadPng(Pictures.Png(page)));
        Assert.Equal(new ImageSize(width, height), ImageHeaders.ReadJpeg(Pictures.Jpeg(page)));
    }

    [Fact]
    public void Tiff_header_lists_every_page_size()
    {
        var tiff = TiffHeader((100000, 100000), (800, 600));
        Assert.Equal([new ImageSize(100000, 100000), new ImageSize(800, 600)], ImageHeaders.ReadTiff(tiff));
    }

    [Fact]
    public void Tiff_with_a_directory_loop_is_unreadable()
    {
        var tiff = TiffHeader((10, 10));
        // Point the "next directory" field back at the first directory.
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(8 + 2 + 2 * 12), 8);
        Assert.Null(ImageHeaders.ReadTiff(tiff));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08 })]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 0xFF, 0xFF, 0xFF, 0x00 })]
    [InlineData(new byte[0])]
    public void Truncated_or_broken_headers_are_unreadable(byte[] data)
    {
        Assert.Null(ImageHeaders.ReadPng(data));
        Assert.Null(ImageHeaders.ReadJpeg(data));
        Assert.Null(ImageHeaders.ReadTiff(data));
    }

    /// <summary>A little-endian TIFF of directories with only width and height (what a bomb needs).</summary>
    internal static byte[] TiffHeader(params (uint Width, uint Height)[] pages)
    {
        var size = 8 + pages.Length * (2 + 2 * 12 + 4);
        var data = new byte[size];
        data[0] = (byte)'I';
        data[1] = (byte)'I';
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), 8);
        var at = 8;
        for (var i = 0; i < pages.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(at), 2);
            WriteEntry(data, at + 2, 256, pages[i].Width);
            WriteEntry(data, at + 14, 257, pages[i].Height);
            var next = i + 1 < pages.Length ? (uint)(at + 2 + 24 + 4) : 0;
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at + 26), next);
            at += 30;
        }
        return data;
    }

    private static void WriteEntry(byte[] data, int at, ushort tag, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(at + 2), 4); // LONG
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at + 4), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(at + 8), value);
    }
}
