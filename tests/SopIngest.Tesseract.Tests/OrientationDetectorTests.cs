namespace SopIngest.Tesseract.Tests;

public sealed class OrientationDetectorTests : IDisposable
{
    private readonly OrientationDetector _detector = new();

    public void Dispose() => _detector.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Tells_how_far_the_text_lies_turned_and_the_turn_that_sets_it_upright(int clockwise)
    {
        var (pixels, width, height) = TestImages.SopLinesPixels();
        var (turned, turnedWidth, turnedHeight) = TurnClockwise(pixels, width, height, clockwise);
        using var image = OcrImage.FromPixels(turned, turnedWidth, turnedHeight, 1, turnedWidth, TestImages.SopLinesDpi);

        var orientation = _detector.Detect(image);

        Assert.NotNull(orientation);
        Assert.Equal(clockwise, orientation.Degrees);
        Assert.Equal((360 - clockwise) % 360, orientation.UprightTurn);
        Assert.True(orientation.Confidence > 1, $"confidence {orientation.Confidence}");
        Assert.Equal("Latin", orientation.Script);
    }

    [Fact]
    public void A_blank_image_has_no_orientation()
    {
        using var blank = TestImages.Uniform(600, 800);

        Assert.Null(_detector.Detect(blank));
    }

    [Theory]
    [InlineData("ind")]
    [InlineData("ind+osd")]
    public void An_engine_whose_first_model_is_not_osd_refuses_to_detect(string languages)
    {
        // With "ind+osd" Tesseract detects with ind's classifier and calls an upright page turned by 270.
        using var engine = new TesseractEngine(new TesseractOptions { Languages = languages });
        using var image = OcrImage.FromEncoded(TestImages.SopLinesPng());

        var error = Assert.Throws<InvalidOperationException>(() => engine.DetectOrientation(image));

        Assert.Contains("'osd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detects_again_on_the_image_it_holds_and_on_the_next_one()
    {
        using var upright = OcrImage.FromEncoded(TestImages.SopLinesPng());
        var (pixels, width, height) = TestImages.SopLinesPixels();
        var (turned, turnedWidth, turnedHeight) = TurnClockwise(pixels, width, height, 180);
        using var upsideDown = OcrImage.FromPixels(turned, turnedWidth, turnedHeight, 1, turnedWidth, TestImages.SopLinesDpi);

        Assert.Equal(0, _detector.Detect(upright)?.Degrees);
        Assert.Equal(0, _detector.Detect(upright)?.Degrees);
        Assert.Equal(180, _detector.Detect(upsideDown)?.Degrees);
    }

    [Fact]
    public void A_missing_osd_model_names_its_package()
    {
        var folder = Directory.CreateTempSubdirectory("tessdata-without-osd-");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "ind.traineddata"),
                Path.Combine(TesseractOptions.DebianDataPath, "ind.traineddata"));

            var error = Assert.Throws<TesseractException>(() => new OrientationDetector(new TesseractOptions { DataPath = folder.FullName }));

            Assert.Contains("tesseract-ocr-osd", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (byte[] Pixels, int Width, int Height) TurnClockwise(byte[] pixels, int width, int height, int degrees)
    {
        var result = pixels;
        for (var turn = 0; turn < degrees / 90; turn++)
        {
            // A quarter turn clockwise: row y of the old image becomes column (height - 1 - y) of the new one.
            var turned = new byte[result.Length];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    turned[x * height + (height - 1 - y)] = result[y * width + x];
                }
            }
            (result, width, height) = (turned, height, width);
        }
        return (result, width, height);
    }
}
