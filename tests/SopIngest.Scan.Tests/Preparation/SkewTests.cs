using OpenCvSharp;
using SopIngest.Scan.Preparation;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Preparation;

public class SkewTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(0.4)]
    [InlineData(-1.3)]
    [InlineData(2.5)]
    [InlineData(-5.5)]
    public void Measures_the_angle_a_ruled_page_was_turned_by(double degrees)
    {
        using var page = Pictures.WhitePage(1800, 1300);
        Pictures.DrawProcedureTable(page, 6);
        using var turned = Skew.Rotate(page, -degrees, Scalar.White);
        using var ink = Ink(turned);

        var measured = Skew.Measure(ink, 6);

        Assert.InRange(measured, degrees - 0.1, degrees + 0.1);
    }

    [Fact]
    public void Measures_a_page_of_text_lines_without_rulings()
    {
        using var page = Pictures.WhitePage(1800, 1300);
        for (var y = 100; y < 1200; y += 45)
        {
            Cv2.PutText(page, "Menerima berkas permohonan dan memeriksa kelengkapan", new Point(80, y), HersheyFonts.HersheySimplex, 1.1, Scalar.Black, 2);
        }
        using var turned = Skew.Rotate(page, -1.8, Scalar.White);
        using var ink = Ink(turned);

        Assert.InRange(Skew.Measure(ink, 6), 1.7, 1.9);
    }

    [Fact]
    public void A_blank_page_or_a_zero_range_has_no_skew()
    {
        using var page = Pictures.WhitePage();
        using var ink = Ink(page);

        Assert.Equal(0, Skew.Measure(ink, 6));
        Pictures.DrawProcedureTable(page, 3);
        using var ruled = Ink(Skew.Rotate(page, 2, Scalar.White));
        Assert.Equal(0, Skew.Measure(ruled, 0));
    }

    private static Mat Ink(Mat page)
    {
        var ink = new Mat();
        Cv2.Threshold(page, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        return ink;
    }
}
