using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;
using SopIngest.Core.Pipeline;
using SopIngest.Scan.Decoding;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Decoding;

public class PlacementTests
{
    // The image  1 2 3  as each placement shows it (rows top to bottom).
    //            4 5 6
    [Theory]
    [InlineData("Upright", "1 2 3|4 5 6")]
    [InlineData("Clockwise", "4 1|5 2|6 3")]
    [InlineData("UpsideDown", "6 5 4|3 2 1")]
    [InlineData("Counterclockwise", "3 6|2 5|1 4")]
    [InlineData("MirroredLeftRight", "3 2 1|6 5 4")]
    [InlineData("MirroredTopBottom", "4 5 6|1 2 3")]
    [InlineData("Transpose", "1 4|2 5|3 6")]
    [InlineData("AntiTranspose", "6 3|5 2|4 1")]
    public void Apply_turns_the_pixels_as_the_page_shows_them(string name, string expected)
    {
        var placement = Enum.Parse<Placement>(name);
        var image = new Mat(2, 3, MatType.CV_8UC1);
        for (var i = 0; i < 6; i++)
        {
            image.Set(i / 3, i % 3, (byte)(i + 1));
        }

        using var shown = placement.Apply(image);

        var rows = Enumerable.Range(0, shown.Rows)
            .Select(r => string.Join(' ', Enumerable.Range(0, shown.Cols).Select(c => shown.At<byte>(r, c).ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(expected, string.Join('|', rows));
        Assert.Equal(placement.SwapsSides(), shown.Rows == 3);
    }

    [Theory]
    [InlineData(1, 0, 0, 1, "Upright")]
    [InlineData(0, 1, -1, 0, "Clockwise")]
    [InlineData(-1, 0, 0, -1, "UpsideDown")]
    [InlineData(0, -1, 1, 0, "Counterclockwise")]
    [InlineData(-1, 0, 0, 1, "MirroredLeftRight")]
    [InlineData(1, 0, 0, -1, "MirroredTopBottom")]
    [InlineData(0, 1, 1, 0, "Transpose")]
    [InlineData(0, -1, -1, 0, "AntiTranspose")]
    public void FromAxes_names_the_placement_of_rows_and_columns(double rx, double ry, double cx, double cy, string expected) =>
        Assert.Equal(Enum.Parse<Placement>(expected), PlacementExtensions.FromAxes((800 * rx, 800 * ry), (600 * cx, 600 * cy)));

    [Fact]
    public void FromAxes_gives_none_for_an_image_placed_at_a_slant() =>
        Assert.Null(PlacementExtensions.FromAxes((700, 80), (-80, 700)));

    /// <summary>
    /// Pages stored as scanner apps store them: a portrait image shown landscape through /Rotate, through the placement
    /// matrix, or through both with the rows flipped (matrix 1 0 0 -1). The page as loaded must be the page poppler shows.
    /// </summary>
    [Theory]
    [InlineData(842, 595, 0, "842 0 0 595 0 0", false)]
    [InlineData(595, 842, 90, "595 0 0 842 0 0", true)]
    [InlineData(595, 842, 270, "595 0 0 842 0 0", true)]
    [InlineData(595, 842, 270, "1 0 0 -1 0 842 cm 595 0 0 842 0 0", true)]
    [InlineData(842, 595, 0, "0 595 -842 0 842 0", true)]
    [InlineData(842, 595, 180, "842 0 0 595 0 0", false)]
    public void A_page_image_is_loaded_the_way_the_page_shows_it(double width, double height, int rotate, string matrix, bool portraitPixels)
    {
        // An asymmetric picture: a bar along the top, a block at the left end of it, a dot lower right.
        using var picture = new Mat(portraitPixels ? 840 : 600, portraitPixels ? 600 : 840, MatType.CV_8UC3, Scalar.White);
        Cv2.Rectangle(picture, new Rect(40, 40, picture.Width - 80, 40), Scalar.Black, -1);
        Cv2.Rectangle(picture, new Rect(40, 80, 120, 160), Scalar.Black, -1);
        Cv2.Circle(picture, new Point(picture.Width - 120, picture.Height - 120), 50, Scalar.Black, -1);
        var pdf = TinyPdf.WithPlacedImage(width, height, rotate, matrix, (picture.Width, picture.Height, Pictures.Jpeg(picture)));

        using var source = PdfPageSource.Open(DocumentInput.Create("placed.pdf", pdf), new ScanOptions());
        using var raster = source.Pages[0].Load(CancellationToken.None);
        using var poppler = Render(pdf);

        Assert.Equal(poppler.Width > poppler.Height, raster.Pixels.Width > raster.Pixels.Height);
        Assert.True(Similarity(raster.Pixels, poppler) > 0.9, $"loaded page differs from poppler's ({Similarity(raster.Pixels, poppler):0.00})");
    }

    [Fact]
    public void A_stamp_pasted_over_the_scan_is_left_out_and_the_scan_read_at_its_own_pixels()
    {
        using var scan = new Mat(1100, 1500, MatType.CV_8UC3, Scalar.White);
        Cv2.Rectangle(scan, new Rect(100, 100, 600, 60), Scalar.Black, -1);
        using var stamp = new Mat(300, 300, MatType.CV_8UC3, new Scalar(200, 60, 60));
        // The scan on 83 % of the page with margins, as Canva places it; the stamp on 4 %.
        var pdf = TinyPdf.WithPlacedImage(842, 595, 0, "753 0 0 550 45 46", (1500, 1100, Pictures.Jpeg(scan)),
            ("160 0 0 160 600 380", 300, 300, Pictures.Jpeg(stamp)));

        using var source = PdfPageSource.Open(DocumentInput.Create("stamped.pdf", pdf), new ScanOptions());
        using var raster = source.Pages[0].Load(CancellationToken.None);

        Assert.Equal((1500, 1100), (raster.Pixels.Width, raster.Pixels.Height));
        Assert.Equal(1500 / (753 / 72.0), raster.DeclaredDpi!.Value, 1);
    }

    private static Mat Render(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"placement-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[] { "-r", "36", "-png", path })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return Cv2.ImDecode(output.ToArray(), ImreadModes.Grayscale);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Normalised correlation of the two pages brought to one small size, in grey.</summary>
    private static double Similarity(Mat a, Mat b)
    {
        using var greyA = new Mat();
        if (a.Channels() == 3)
        {
            Cv2.CvtColor(a, greyA, ColorConversionCodes.BGR2GRAY);
        }
        else
        {
            a.CopyTo(greyA);
        }
        var size = new Size(64, 64 * b.Height / b.Width);
        using var smallA = new Mat();
        using var smallB = new Mat();
        Cv2.Resize(greyA, smallA, size, 0, 0, InterpolationFlags.Area);
        Cv2.Resize(b, smallB, size, 0, 0, InterpolationFlags.Area);
        using var result = new Mat();
        smallA.ConvertTo(smallA, MatType.CV_32F);
        smallB.ConvertTo(smallB, MatType.CV_32F);
        Cv2.MatchTemplate(smallA, smallB, result, TemplateMatchModes.CCoeffNormed);
        return result.At<float>(0, 0);
    }
}
