using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Recognition;
using SopIngest.Scan.Shapes;
using SopIngest.Scan.Tests.Support;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Tests.Recognition;

public sealed class PageOcrTests : IDisposable
{
    private static readonly ScanOptions Options = new ScanOptions().Validate();
    private readonly TesseractOcr _tesseract = new(new TesseractOcrOptions { Engine = new TesseractOptions { Languages = "ind" }, MaxEngines = 1 });

    public void Dispose() => _tesseract.Dispose();

    [Fact]
    public void A_cells_leading_colon_is_left_out_of_the_read()
    {
        using var ink = new Mat(60, 200, MatType.CV_8UC1, Scalar.Black);
        ink.Rectangle(new Rect(10, 20, 5, 5), Scalar.White, -1); // the colon's dots
        ink.Rectangle(new Rect(10, 34, 5, 5), Scalar.White, -1);
        ink.Rectangle(new Rect(24, 15, 12, 25), Scalar.White, -1); // "3"
        ink.Rectangle(new Rect(44, 15, 40, 25), Scalar.White, -1); // "Juli"
        var region = new Rect(100, 200, 200, 60);

        var read = PageOcr.AfterLeadingColon(ink, region, 300);

        Assert.Equal(new Rect(100 + 17, 200, 200 - 17, 60), read);
    }

    [Theory]
    [InlineData("bullet")] // one dot, then text
    [InlineData("ellipsis")] // two dots side by side
    [InlineData("touching")] // the text starts before the dots end
    public void Anything_but_a_leading_colon_keeps_the_whole_cell(string kind)
    {
        using var ink = new Mat(60, 200, MatType.CV_8UC1, Scalar.Black);
        ink.Rectangle(new Rect(10, 20, 5, 5), Scalar.White, -1);
        if (kind == "ellipsis")
        {
            ink.Rectangle(new Rect(20, 20, 5, 5), Scalar.White, -1);
        }
        if (kind == "touching")
        {
            ink.Rectangle(new Rect(10, 34, 5, 5), Scalar.White, -1);
        }
        ink.Rectangle(new Rect(kind == "touching" ? 13 : 44, 10, 40, 8), Scalar.White, -1);
        var region = new Rect(0, 0, 200, 60);

        Assert.Equal(region, PageOcr.AfterLeadingColon(ink, region, 300));
    }

    [Theory]
    [InlineData("75.01", 0.0, true)] // a printed word Tesseract gave no confidence
    [InlineData("40/", 0.0, true)]
    [InlineData("Juli", 0.5, true)]
    [InlineData(".", 0.05, false)] // specks and strokes read as punctuation
    [InlineData("|", 0.0, false)]
    [InlineData("i", 0.05, false)]
    [InlineData("7", 0.3, true)]
    [InlineData(" ", 0.9, false)]
    public void Words_are_kept_when_sure_enough_or_made_of_letters_and_digits(string text, double confidence, bool kept) =>
        Assert.Equal(kept, PageOcr.Accept([new OcrWord(text, new OcrBox(0, 0, 10, 10), confidence)], Options.MinWordConfidence).Any());

    [Theory]
    [InlineData("7", 0.6, ".", 0.15, true)] // a digit over punctuation
    [InlineData("7", 0.4, ".", 0.15, false)] // ... once it is sure enough
    [InlineData(".", 0.9, "7", 0.5, false)] // never punctuation over a digit
    [InlineData("7", 0.8, "F", 0.6, true)] // otherwise the surer
    [InlineData("Z", 0.5, "7", 0.6, false)]
    public void A_re_read_lone_character_replaces_the_first_read_when_it_is_the_better_answer(
        string candidate, double candidateConfidence, string current, double currentConfidence, bool replaces)
    {
        var box = new Core.Layout.Box(0, 0, 10, 20);
        Assert.Equal(replaces, PageOcr.Surer(new(candidate, box, candidateConfidence), new(current, box, currentConfidence)));
    }

    [Fact]
    public void Each_cell_is_read_alone_and_a_page_without_text_outside_its_tables_gets_no_page_pass()
    {
        using var page = Pictures.WhitePage(1400, 700);
        var (xs, ys) = Pictures.DrawProcedureTable(page, 2);
        Write(page, "Camat", xs[2] + 20, ys[2] - 20);
        Write(page, "Menerima", xs[1] + 20, ys[3] - 40);
        var calls = new List<OcrRequest>();

        var words = Read(page, calls);

        Assert.DoesNotContain(calls, c => c.PageSegMode == PageSegMode.Auto);
        Assert.Equal(2, calls.Count(c => c.PageSegMode == PageSegMode.SingleBlock));
        Assert.Contains(words, w => w.Text == "Camat");
        Assert.Contains(words, w => w.Text == "Menerima");
    }

    [Fact]
    public void Text_above_and_below_a_table_is_read_in_one_band_each_without_the_table()
    {
        using var page = Pictures.WhitePage(1400, 900);
        var (xs, ys) = Pictures.DrawProcedureTable(page, 2);
        Write(page, "Menerima", xs[1] + 20, ys[3] - 40);
        Write(page, "PENGELOLAAN SURAT MASUK", 400, 60);
        Write(page, "Kepala Dinas", 900, ys[^1] + 120);
        var calls = new List<OcrRequest>();

        var words = Read(page, calls);

        var bands = calls.Where(c => c.PageSegMode == PageSegMode.Auto).ToList();
        Assert.Equal(2, bands.Count);
        Assert.All(bands, b => Assert.True(b.Region!.Value.Bottom <= ys[0] || b.Region.Value.Top >= ys[^1], $"band {b.Region} overlaps the table"));
        Assert.Contains(words, w => w.Text == "PENGELOLAAN");
        Assert.Contains(words, w => w.Text == "Dinas");
        Assert.Single(words, w => w.Text == "Menerima");
    }

    [Fact]
    public void Grey_paper_texture_around_a_table_is_not_read_as_words()
    {
        using var page = Pictures.WhitePage(1400, 1000);
        var (xs, ys) = Pictures.DrawProcedureTable(page, 2);
        Write(page, "Menerima", xs[1] + 20, ys[3] - 40);
        // Below the table a signature block: two short lines far apart, so the band is mostly paper.
        Write(page, "Kepala", 120, ys[^1] + 80);
        Write(page, "Dinas", 1150, ys[^1] + 380);
        // A scanner's paper: a light grey, blotchy texture everywhere.
        using var noise = new Mat(page.Size(), MatType.CV_8UC1);
        Cv2.Randu(noise, new Scalar(0), new Scalar(70));
        Cv2.GaussianBlur(noise, noise, new Size(5, 5), 0);
        Cv2.Subtract(page, noise, page);

        var words = Read(page, []);

        var below = words.Where(w => w.Box!.Value.Y > ys[^1]).Select(w => w.Text).ToList();
        Assert.Equal(["Kepala", "Dinas"], below);
    }

    private IReadOnlyList<Core.Layout.Word> Read(Mat page, List<OcrRequest> calls)
    {
        // The stages before OCR as the reader runs them: grid, shapes, then the drawing erased.
        using var ink = new Mat();
        Cv2.Threshold(page, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        using var lines = LineMasks.Find(ink, Options);
        var tables = new GridDetector(Options).Detect(ink, lines);
        var shapes = ShapeDetector.Detect(ink, tables, 300);
        using var clean = OcrCleaner.Clean(page, ink, lines, tables, shapes, 300);
        return new PageOcr(new RecordingOcr(_tesseract, calls), Options).Read(clean, 300, tables, CancellationToken.None);
    }

    private static void Write(Mat page, string text, int x, int y) =>
        Cv2.PutText(page, text, new Point(x, y), HersheyFonts.HersheySimplex, 1.0, Scalar.Black, 2);

    private sealed class RecordingOcr(IOcrEngine inner, List<OcrRequest> calls) : IOcrEngine
    {
        public OcrPage Recognize(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default)
        {
            calls.Add(request ?? OcrRequest.Default);
            return inner.Recognize(image, request, cancellationToken);
        }
    }
}
