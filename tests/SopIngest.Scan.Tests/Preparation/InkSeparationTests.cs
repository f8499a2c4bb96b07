using OpenCvSharp;
using SopIngest.Scan.Preparation;

namespace SopIngest.Scan.Tests.Preparation;

public class InkSeparationTests
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();
    private static readonly Scalar Blue = new(190, 90, 40);   // BGR: stamp ink
    private static readonly Scalar Purple = new(160, 60, 140);

    [Fact]
    public void A_stamp_over_black_print_is_made_paper_and_the_print_kept()
    {
        using var page = new Mat(600, 900, MatType.CV_8UC3, Scalar.White);
        Cv2.PutText(page, "NIP. 19660408 199303 1 009", new Point(80, 300), HersheyFonts.HersheySimplex, 1.2, Scalar.Black, 3);
        // A stamp at 240 dpi: a ring 1.5 in across with its lettering, over the NIP.
        Cv2.Circle(page, new Point(400, 290), 180, Blue, 8);
        Cv2.Circle(page, new Point(400, 290), 150, Blue, 3);
        Cv2.PutText(page, "PEMERINTAH", new Point(300, 170), HersheyFonts.HersheySimplex, 0.9, Blue, 2);

        using var ocr = Separate(page, 240);

        using var print = BlackInk(page);
        Assert.Equal(0, Cv2.CountNonZero(Dark(ocr) & ~print));
        Assert.Equal(Cv2.CountNonZero(print), Cv2.CountNonZero(Dark(ocr) & print));
    }

    [Theory]
    [InlineData(160, 60, 140)] // purple
    [InlineData(110, 8, 2)] // a navy ballpoint: dark, but its colour strong for its brightness
    public void A_signature_is_made_paper(int b, int g, int r)
    {
        using var page = new Mat(600, 900, MatType.CV_8UC3, Scalar.White);
        var pen = new Scalar(b, g, r);
        Cv2.Ellipse(page, new Point(450, 300), new Size(200, 70), 15, 0, 330, pen, 4);
        Cv2.Line(page, new Point(260, 340), new Point(650, 250), pen, 4);

        using var ocr = Separate(page, 240);

        Assert.Equal(0, Cv2.CountNonZero(Dark(ocr)));
    }

    [Fact]
    public void Letters_handwritten_in_blue_pen_stay_for_OCR()
    {
        using var page = new Mat(300, 900, MatType.CV_8UC3, Scalar.White);
        Cv2.PutText(page, "69/ DISKOMINFO/ 2024", new Point(40, 150), HersheyFonts.HersheySimplex, 1.3, Blue, 3);

        using var ocr = Separate(page, 240);

        using var pen = new Mat();
        Cv2.InRange(page, new Scalar(189, 89, 39), new Scalar(191, 91, 41), pen);
        Assert.True(Cv2.CountNonZero(Dark(ocr)) >= 0.9 * Cv2.CountNonZero(pen));
    }

    [Fact]
    public void A_grey_page_passes_through()
    {
        using var page = new Mat(200, 300, MatType.CV_8UC1, new Scalar(180));

        using var ocr = InkSeparation.ForOcr(page, page, 240, Options);

        Assert.Equal(0, Cv2.Norm(ocr, page, NormTypes.INF));
    }

    private static Mat Separate(Mat bgr, double dpi)
    {
        using var grey = new Mat();
        Cv2.CvtColor(bgr, grey, ColorConversionCodes.BGR2GRAY);
        return InkSeparation.ForOcr(bgr, grey, dpi, Options);
    }

    private static Mat Dark(Mat grey)
    {
        var dark = new Mat();
        Cv2.Threshold(grey, dark, 160, 255, ThresholdTypes.BinaryInv);
        return dark;
    }

    private static Mat BlackInk(Mat bgr)
    {
        var black = new Mat();
        Cv2.InRange(bgr, new Scalar(0, 0, 0), new Scalar(60, 60, 60), black);
        return black;
    }
}
