using OpenCvSharp;
using SopIngest.Scan.Imaging;

namespace SopIngest.Scan.Tests.Imaging;

public class LineOpeningTests
{
    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(2, 2, true)]
    [InlineData(3, 15, true)]
    [InlineData(4, 16, false)]
    [InlineData(5, 70, true)]
    [InlineData(6, 71, false)]
    [InlineData(7, 38, false)]
    public void Equals_OpenCVs_opening_pixel_for_pixel(int seed, int length, bool horizontal)
    {
        using var image = Strokes(seed, 240, 170);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, horizontal ? new Size(length, 1) : new Size(1, length));
        using var expected = new Mat();
        Cv2.MorphologyEx(image, expected, MorphTypes.Open, kernel);

        using var opened = LineOpening.Open(image, length, horizontal);

        using var difference = new Mat();
        Cv2.Compare(opened, expected, difference, CmpTypes.NE);
        Assert.Equal(0, Cv2.CountNonZero(difference));
    }

    [Fact]
    public void Keeps_runs_at_least_as_long_as_the_line_and_drops_shorter_ones()
    {
        using var image = new Mat(9, 60, MatType.CV_8UC1, Scalar.Black);
        image.Rectangle(new Rect(10, 2, 21, 1), Scalar.White, -1);
        image.Rectangle(new Rect(10, 5, 20, 1), Scalar.White, -1);

        using var opened = LineOpening.Open(image, 21, horizontal: true);

        Assert.Equal(21, Cv2.CountNonZero(opened));
        Assert.Equal(21, Cv2.CountNonZero(opened.Row(2)));
    }

    [Fact]
    public void Reads_a_region_of_a_larger_image()
    {
        using var page = Strokes(11, 300, 200);
        using var region = new Mat(page, new Rect(17, 23, 201, 150));
        using var copy = region.Clone();

        using var fromRegion = LineOpening.Open(region, 25, horizontal: false);
        using var fromCopy = LineOpening.Open(copy, 25, horizontal: false);

        using var difference = new Mat();
        Cv2.Compare(fromRegion, fromCopy, difference, CmpTypes.NE);
        Assert.Equal(0, Cv2.CountNonZero(difference));
    }

    /// <summary>Random horizontal and vertical strokes of every length, some touching the border, and specks.</summary>
    private static Mat Strokes(int seed, int width, int height)
    {
        var random = new Random(seed);
        var image = new Mat(height, width, MatType.CV_8UC1, Scalar.Black);
        for (var i = 0; i < 400; i++)
        {
            var length = random.Next(1, 120);
            var thickness = random.Next(1, 4);
            var x = random.Next(-20, width);
            var y = random.Next(-20, height);
            var box = random.Next(2) == 0 ? new Rect(x, y, length, thickness) : new Rect(x, y, thickness, length);
            image.Rectangle(box, Scalar.White, -1);
        }
        for (var i = 0; i < 2000; i++)
        {
            image.Set(random.Next(height), random.Next(width), (byte)255);
        }
        return image;
    }
}
