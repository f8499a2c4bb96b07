using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Preparation;
using SopIngest.Scan.Recognition;
using SopIngest.Scan.Shapes;
using SopIngest.Scan.Tests.Support;

namespace SopIngest.Scan.Tests.Recognition;

public class OcrCleanerTests
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();

    [Fact]
    public void A_connector_with_its_arrowhead_is_taken_off_and_the_cell_text_kept()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 3);
        Cv2.PutText(page, "Mencatat", new Point(xs[1] + 20, ys[2] + 50), HersheyFonts.HersheySimplex, 1, Scalar.Black, 2);
        Pictures.Elbow(page, xs[2] + 40, ys[2] + 30, xs[3] + 70, ys[3] + 60);

        using var clean = Clean(page);

        Assert.Equal(0, InkIn(clean, new Rect(xs[2] + 30, ys[2] + 20, xs[3] + 90 - xs[2] - 30, ys[3] + 70 - ys[2] - 20)));
        Assert.True(InkIn(clean, new Rect(xs[1] + 10, ys[2] + 15, 180, 50)) > 0.9 * InkIn(page, new Rect(xs[1] + 10, ys[2] + 15, 180, 50)));
    }

    [Fact]
    public void Letters_run_together_along_their_foot_are_text_not_a_line()
    {
        // A low-resolution scan scaled up runs bold letters together: their feet make one long straight run, with the
        // letters on one side of it. An underlined word is the same shape.
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 3);
        var cell = new Rect(xs[1] + 10, ys[3] + 15, 290, 60);
        Cv2.PutText(page, "langsung", new Point(cell.X + 10, cell.Y + 40), HersheyFonts.HersheySimplex, 1.1, Scalar.Black, 4);
        Pictures.Line(page, cell.X + 10, cell.Y + 42, cell.X + 170, cell.Y + 42, 4);

        using var clean = Clean(page);

        // The letters stay whole; only the straight run under them goes, as long lines do everywhere.
        var letters = cell with { Height = 38 };
        Assert.True(InkIn(clean, letters) > 0.9 * InkIn(page, letters));
    }

    [Fact]
    public void A_letter_printed_against_its_cells_border_is_no_remnant_of_the_border()
    {
        using var page = Pictures.WhitePage();
        var (xs, ys) = Pictures.DrawProcedureTable(page, 3);
        // A wrapped line's first letter ("l") 3 px from the cell's left ruling, as low-resolution scans print it.
        var letter = new Rect(xs[1] + 3, ys[3] + 40, 8, 28);
        Cv2.Rectangle(page, new Rect(letter.X + 2, letter.Y, 3, letter.Height), Scalar.Black, -1);

        using var clean = Clean(page);

        // Its edge next to the erased line goes with the line's fringe; the letter stays.
        Assert.True(InkIn(clean, letter) > 0.5 * InkIn(page, letter));
    }

    [Fact]
    public void A_picture_is_no_text_and_letters_beside_it_stay()
    {
        using var page = Pictures.WhitePage();
        Pictures.DrawProcedureTable(page, 2);
        // A QR code (a dense square of modules) and a line of text, outside the table.
        var qr = new Rect(900, 600, 120, 120);
        var random = new Random(7);
        for (var y = qr.Y; y < qr.Bottom; y += 10)
        {
            for (var x = qr.X; x < qr.Right; x += 10)
            {
                if (random.Next(10) < 7 || x == qr.X || y == qr.Y || x + 10 >= qr.Right || y + 10 >= qr.Bottom)
                {
                    Cv2.Rectangle(page, new Rect(x, y, 11, 11), Scalar.Black, -1);
                }
            }
        }
        var words = new Rect(200, 620, 500, 60);
        Cv2.PutText(page, "Kepala BPS Provinsi", new Point(words.X, words.Bottom - 15), HersheyFonts.HersheySimplex, 1.2, Scalar.Black, 3);

        using var clean = Clean(page);

        Assert.True(InkIn(clean, qr) < 0.1 * InkIn(page, qr));
        Assert.True(InkIn(clean, words) > 0.9 * InkIn(page, words));
    }

    private static Mat Clean(Mat page)
    {
        using var flat = Illumination.Flatten(page);
        using var ink = Illumination.Binarise(flat);
        using var lines = LineMasks.Find(ink, Options);
        var tables = new GridDetector(Options).Detect(ink, lines);
        var shapes = ShapeDetector.Detect(ink, tables, 240);
        return OcrCleaner.Clean(page, ink, lines, tables, shapes, 240);
    }

    private static int InkIn(Mat grey, Rect area)
    {
        using var region = new Mat(grey, area);
        using var dark = new Mat();
        Cv2.Threshold(region, dark, 128, 255, ThresholdTypes.BinaryInv);
        return Cv2.CountNonZero(dark);
    }
}
