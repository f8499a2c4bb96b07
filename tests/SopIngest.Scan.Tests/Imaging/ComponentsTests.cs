using OpenCvSharp;
using SopIngest.Scan.Imaging;

namespace SopIngest.Scan.Tests.Imaging;

public class ComponentsTests
{
    [Theory]
    [InlineData(1, 0.05)]
    [InlineData(2, 0.3)]
    [InlineData(3, 0.5)]
    [InlineData(4, 0.7)]
    public void Finds_the_same_components_as_OpenCV(int seed, double density)
    {
        using var image = Noise(seed, 173, 91, density);
        var expected = OpenCvComponents(image);

        var components = new Components(image);

        var found = Enumerable.Range(1, components.Count - 1)
            .Select(i => Describe(components.Box(i), components.Area(i), components.Centroid(i)))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Diagonal_neighbours_are_one_component_and_a_blank_column_splits()
    {
        using var image = new Mat(5, 6, MatType.CV_8UC1, Scalar.Black);
        image.Set(0, 0, (byte)255);
        image.Set(1, 1, (byte)255);
        image.Set(2, 0, (byte)255);
        image.Set(0, 4, (byte)255);
        image.Set(1, 4, (byte)255);

        var components = new Components(image);

        Assert.Equal(3, components.Count);
        Assert.Equal(new Rect(0, 0, 2, 3), components.Box(1));
        Assert.Equal(3, components.Area(1));
        Assert.Equal(new Rect(4, 0, 1, 2), components.Box(2));
    }

    [Fact]
    public void Numbers_components_by_their_first_pixel_top_row_first()
    {
        using var image = new Mat(6, 10, MatType.CV_8UC1, Scalar.Black);
        // A "U" whose arms start on the top row, and a dot left of it one row lower.
        image.Rectangle(new Rect(6, 0, 1, 5), Scalar.White, -1);
        image.Rectangle(new Rect(9, 0, 1, 5), Scalar.White, -1);
        image.Rectangle(new Rect(6, 5, 4, 1), Scalar.White, -1);
        image.Set(1, 1, (byte)255);

        var components = new Components(image);

        Assert.Equal(3, components.Count);
        Assert.Equal(new Rect(6, 0, 4, 6), components.Box(1));
        Assert.Equal(new Rect(1, 1, 1, 1), components.Box(2));
        Assert.Equal(new Point2d(7.5, 40.0 / 14), components.Centroid(1));
    }

    [Fact]
    public void Erases_only_marked_components_and_counts_a_components_pixels_under_a_mask()
    {
        using var image = new Mat(4, 8, MatType.CV_8UC1, Scalar.Black);
        image.Rectangle(new Rect(0, 0, 3, 2), Scalar.White, -1);
        image.Rectangle(new Rect(5, 1, 3, 3), Scalar.White, -1);
        using var mask = new Mat(4, 8, MatType.CV_8UC1, Scalar.Black);
        mask.Rectangle(new Rect(6, 0, 2, 4), Scalar.White, -1);
        var components = new Components(image);

        Assert.Equal(0, components.CountWhere(1, mask));
        Assert.Equal(6, components.CountWhere(2, mask));
        components.Erase(image, [false, false, true]);

        Assert.Equal(6, Cv2.CountNonZero(image));
        Assert.Equal(0, Cv2.CountNonZero(new Mat(image, new Rect(4, 0, 4, 4))));
    }

    [Fact]
    public void Marks_components_touching_the_mask_inside_the_given_areas_only()
    {
        using var image = new Mat(10, 10, MatType.CV_8UC1, Scalar.Black);
        image.Rectangle(new Rect(0, 0, 3, 3), Scalar.White, -1);
        image.Rectangle(new Rect(6, 6, 3, 3), Scalar.White, -1);
        using var mask = new Mat(10, 10, MatType.CV_8UC1, Scalar.White);
        var components = new Components(image);
        var marked = new bool[components.Count];

        components.MarkTouching(mask, [new Rect(5, 5, 20, 20)], marked);

        Assert.Equal([false, false, true], marked);
    }

    [Fact]
    public void Reads_a_region_of_a_larger_image_row_by_row()
    {
        using var page = Noise(7, 120, 80, 0.4);
        using var region = new Mat(page, new Rect(13, 9, 61, 47));
        Assert.False(region.IsContinuous());
        using var copy = region.Clone();

        var fromRegion = new Components(region);
        var fromCopy = new Components(copy);

        Assert.Equal(fromCopy.Count, fromRegion.Count);
        Assert.All(Enumerable.Range(1, fromCopy.Count - 1), i => Assert.Equal(fromCopy.Box(i), fromRegion.Box(i)));
    }

    [Fact]
    public void An_empty_image_has_only_the_background_and_a_mask_of_another_size_is_refused()
    {
        using var image = new Mat(30, 40, MatType.CV_8UC1, Scalar.Black);
        using var other = new Mat(40, 30, MatType.CV_8UC1, Scalar.Black);

        var components = new Components(image);

        Assert.Equal(1, components.Count);
        Assert.Throws<ArgumentException>(() => components.CountWhere(0, other));
        Assert.Throws<ArgumentException>(() => new Components(new Mat(3, 3, MatType.CV_8UC3)));
    }

    private static Mat Noise(int seed, int width, int height, double density)
    {
        var random = new Random(seed);
        var image = new Mat(height, width, MatType.CV_8UC1, Scalar.Black);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (random.NextDouble() < density)
                {
                    image.Set(y, x, (byte)255);
                }
            }
        }
        return image;
    }

    private static List<string> OpenCvComponents(Mat image)
    {
        using var labels = new Mat();
        using var stats = new Mat();
        using var centroids = new Mat();
        var count = Cv2.ConnectedComponentsWithStats(image, labels, stats, centroids, PixelConnectivity.Connectivity8);
        return Enumerable.Range(1, count - 1)
            .Select(i => Describe(
                new Rect(stats.At<int>(i, 0), stats.At<int>(i, 1), stats.At<int>(i, 2), stats.At<int>(i, 3)),
                stats.At<int>(i, 4),
                new Point2d(centroids.At<double>(i, 0), centroids.At<double>(i, 1))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Describe(Rect box, int area, Point2d centroid) =>
        FormattableString.Invariant($"{box.X},{box.Y},{box.Width},{box.Height} area {area} at {centroid.X:0.000000},{centroid.Y:0.000000}");
}
