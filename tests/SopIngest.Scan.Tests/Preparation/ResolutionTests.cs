using OpenCvSharp;
using SopIngest.Scan.Preparation;

namespace SopIngest.Scan.Tests.Preparation;

public class ResolutionTests
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();

    [Theory]
    // An office scanner's declaration agrees with the paper: kept.
    [InlineData(240, 240.0, 240)]
    [InlineData(200, 200.0, 200)]
    // A phone-scanner app places a 200 dpi page on a page as large as its pixels (72 dpi): the paper is right.
    [InlineData(200, 72.0, 200)]
    // A declaration three times too high (a render of a page whose size lies): the paper again.
    [InlineData(150, 450.0, 150)]
    // No declaration (an image upload): the paper.
    [InlineData(240, null, 240)]
    public void A_whole_page_is_taken_at_the_resolution_its_paper_and_print_agree_on(int dpi, double? declared, int expected)
    {
        using var page = TextPage(dpi, widthInches: 11.69, heightInches: 8.27);

        var estimate = Resolution.Estimate(page, declared, Options);

        Assert.InRange(estimate, expected * 0.97, expected * 1.03);
    }

    [Fact]
    public void A_cropped_part_of_a_page_is_taken_at_the_resolution_its_letters_show()
    {
        // A quarter of an A4 page at 240 dpi, uploaded alone: the paper would say 60 dpi, the letters say 240.
        using var crop = TextPage(240, widthInches: 2.9, heightInches: 2.1);

        var estimate = Resolution.Estimate(crop, null, Options);

        Assert.InRange(estimate, 240 * 0.8, 240 * 1.25);
    }

    [Fact]
    public void Small_print_is_taken_at_the_resolution_that_makes_it_body_text()
    {
        // A 200 dpi page set in type half the usual size: scaled as if it were 100 dpi, so OCR sees letters of body size.
        using var page = TextPage(100, widthInches: 11.69, heightInches: 8.27);
        using var large = new Mat();
        Cv2.Resize(page, large, new Size(), 2, 2, InterpolationFlags.Cubic);
        using var small = new Mat(large.Size(), MatType.CV_8UC1, Scalar.White);
        using (var half = new Mat())
        {
            Cv2.Resize(page, half, new Size(), 1, 1, InterpolationFlags.Cubic);
            half.CopyTo(new Mat(small, new Rect(0, 0, half.Width, half.Height)));
        }

        var estimate = Resolution.Estimate(small, 200, Options);

        Assert.InRange(estimate, 80, 125);
    }

    [Fact]
    public void The_print_tells_nothing_on_a_blank_page()
    {
        using var blank = new Mat(1654, 2339, MatType.CV_8UC1, Scalar.White);

        Assert.Null(Resolution.FromPrint(blank, Options));
        Assert.Equal(200, Resolution.Estimate(blank, 72, Options), 0);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(240)]
    [InlineData(300)]
    public void FromPrint_measures_body_text_of_a_known_resolution(int dpi)
    {
        using var page = TextPage(dpi, widthInches: 11.69, heightInches: 8.27);

        Assert.InRange(Resolution.FromPrint(page, Options)!.Value, dpi * 0.8, dpi * 1.25);
    }

    /// <summary>Lines of body text whose capitals stand <see cref="ScanOptions.LetterHeightInches"/> tall at <paramref name="dpi"/>.</summary>
    private static Mat TextPage(int dpi, double widthInches, double heightInches)
    {
        var page = new Mat((int)(heightInches * dpi), (int)(widthInches * dpi), MatType.CV_8UC1, Scalar.White);
        const string text = "Pengaduan dapat disampaikan secara langsung melalui tatap muka";
        var capital = Options.LetterHeightInches * dpi;
        var scale = capital / Cv2.GetTextSize("P", HersheyFonts.HersheySimplex, 1, 1, out _).Height;
        var thickness = Math.Max(1, (int)Math.Round(capital / 10));
        var height = page.Height;
        for (var y = (int)(2 * capital); y < height - capital; y += (int)(2.2 * capital))
        {
            Cv2.PutText(page, text, new Point(capital, y), HersheyFonts.HersheySimplex, scale, Scalar.Black, thickness, LineTypes.AntiAlias);
        }
        return page;
    }
}
