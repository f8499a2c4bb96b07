using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Imaging;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// OCRs a cleaned page through the shared engine pool and returns its words in page pixels with
/// confidences 0..1. Every piece of the page is read once:
/// <list type="number">
/// <item>each non-empty table cell alone, as one text block. Tesseract's page layout drops lone short text
/// such as the step numbers of the "No" column as noise, misreads the small bold actor headers, and glues
/// the words of neighbouring cells; read alone they come out right (OCR family score 98.7 against 94.7 when
/// the page pass alone is read, actor accuracy 100 % against 88 %);</item>
/// <item>the text around the tables (title, signature block), band by band in automatic layout, on the page
/// with its tables painted over and its paper made white. Reading the whole page as well, as this class once
/// did, cost a second full OCR pass per page.</item>
/// </list>
/// An empty cell read is retried at half size, a lone unsure character as a single character. The reads go
/// through rectangles on two page images (the cleaned page for the cells, the page without tables and paper
/// for the bands), each of which the engine keeps between calls: two page copies per page, not one per read.
/// </summary>
internal sealed class PageOcr(IOcrEngine engine, ScanOptions options)
{
    // Ink (pixels at 300 dpi) a cell must hold to be read: about one digit.
    private const double CellInk300 = 60;
    // Cell borders keep a few pixels of ruling residue after cleaning; cells are read inside them.
    private const int CellInset = 6;
    // A cell's only word, this short and read with less confidence than this, is read again on its own.
    // Longer tokens were tried (3: fixed a "5" read as "ks)" but turned "1 hr" into "Thr"): kept at 1.
    private const int LoneTokenLength = 1;
    private const double LoneCharConfidence = 0.9;
    // A letter or digit read on its own replaces lone punctuation from this confidence.
    private const double PunctuationReplacementConfidence = 0.5;
    // Largest dot of a colon (pixels at 300 dpi, either side): a 12 pt colon's dot is 4-6 px.
    private const double ColonDot300 = 12;
    // How far past the ink the page pass keeps the scan's grey levels (pixels, a square).
    private const int PaperMargin = 5;
    // White kept around the ink of a band above, between or below the tables when it is read.
    private const int BandMargin = 12;

    public IReadOnlyList<Word> Read(Mat clean, double dpi, IReadOnlyList<TableGrid> tables, CancellationToken cancellationToken)
    {
        if (!clean.IsContinuous() || clean.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("OCR expects a continuous 8-bit grey image.", nameof(clean));
        }
        var resolution = (int)Math.Round(dpi);
        using var ink = new Mat();
        Cv2.Threshold(clean, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        var minInk = CellInk300 * (dpi / 300) * (dpi / 300);
        var words = ReadOutsideTables(clean, ink, minInk, resolution, tables, cancellationToken);

        using var image = ToOcrImage(clean, resolution);
        foreach (var cell in tables.SelectMany(t => t.Cells))
        {
            var region = Inset(cell.Box, clean.Width, clean.Height);
            if (region.Width < 8 || region.Height < 8)
            {
                continue;
            }
            using var cellInk = new Mat(ink, region);
            if (Cv2.CountNonZero(cellInk) >= minInk)
            {
                words.AddRange(ReadCell(image, clean, AfterLeadingColon(cellInk, region, dpi), resolution, cancellationToken));
            }
        }
        return words;
    }

    /// <summary>
    /// The text around the tables: the page with every table painted white and its paper made pure white,
    /// read band by band (above, between and below the tables, each cut down to its ink) in automatic layout;
    /// nothing when no ink is left. Scanned paper is a light grey texture: left in, Tesseract's own threshold
    /// turns a page of blank paper into thousands of specks, reads them as junk words, and spends as long on
    /// that as on a page of text.
    /// </summary>
    private List<Word> ReadOutsideTables(Mat clean, Mat ink, double minInk, int dpi, IReadOnlyList<TableGrid> tables, CancellationToken cancellationToken)
    {
        using var text = new Mat();
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(PaperMargin, PaperMargin)))
        {
            // A little past the ink: the grey edges of the letters stay for Tesseract's own threshold.
            Cv2.Dilate(ink, text, kernel);
        }
        var page = new Rect(0, 0, clean.Width, clean.Height);
        var edges = new List<int> { 0, clean.Height };
        foreach (var table in tables)
        {
            var b = table.Bounds;
            var area = new Rect((int)b.X, (int)b.Y, (int)Math.Ceiling(b.Width), (int)Math.Ceiling(b.Height)).Intersect(page);
            text.Rectangle(area, Scalar.Black, -1);
            edges.Add(area.Top);
            edges.Add(area.Bottom);
        }
        edges.Sort();
        var bands = new List<Rect>();
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            if (edges[i + 1] - edges[i] < 8)
            {
                continue;
            }
            using var band = new Mat(text, new Rect(0, edges[i], clean.Width, edges[i + 1] - edges[i]));
            if (Cv2.CountNonZero(band) >= minInk)
            {
                var found = Cv2.BoundingRect(band);
                bands.Add(new Rect(found.X - BandMargin, found.Y + edges[i] - BandMargin, found.Width + 2 * BandMargin, found.Height + 2 * BandMargin).Intersect(page));
            }
        }
        if (bands.Count == 0)
        {
            return [];
        }
        using var outside = new Mat(clean.Size(), MatType.CV_8UC1, Scalar.White);
        clean.CopyTo(outside, text);
        using var image = ToOcrImage(outside, dpi);
        var words = new List<Word>();
        foreach (var band in bands)
        {
            var box = new OcrBox(band.Left, band.Top, band.Right, band.Bottom);
            words.AddRange(Accept(engine.Recognize(image, Request(dpi, PageSegMode.Auto, box), cancellationToken).Words));
        }
        return words;
    }

    /// <summary>
    /// One cell, through a rectangle on the page image: the engine keeps the image between calls, so the
    /// cells of a page cost one copy of it. (Cutting each cell out as its own image was tried: as fast, but
    /// it read lone step numbers worse: OCR family 95.0 against 99.0.)
    /// </summary>
    private List<Word> ReadCell(OcrImage image, Mat clean, Rect region, int dpi, CancellationToken cancellationToken)
    {
        var box = new OcrBox(region.Left, region.Top, region.Right, region.Bottom);
        var found = Accept(engine.Recognize(image, Request(dpi, PageSegMode.SingleBlock, box), cancellationToken).Words).ToList();
        if (found.Count == 0)
        {
            return ReadSmaller(clean, region, dpi, cancellationToken);
        }
        if (found is [{ Text.Length: <= LoneTokenLength } lone] && (lone.Confidence < LoneCharConfidence || !HasLetterOrDigit(lone.Text)))
        {
            // A lone character read as a block is often misread (a serif "7" as "F" or "Z", a noisy one as "."); read
            // it again as one word and as one character and keep the surest answer, and a letter or digit over
            // punctuation (a cell holding only a full stop is a misread step number).
            var margin = (int)Math.Round(8 * dpi / 300.0);
            var glyph = lone.Box!.Value;
            var tokenRegion = new Rect((int)glyph.X - margin, (int)glyph.Y - margin, (int)glyph.Width + 2 * margin, (int)glyph.Height + 2 * margin)
                .Intersect(new Rect(0, 0, clean.Width, clean.Height));
            var tokenBox = new OcrBox(tokenRegion.Left, tokenRegion.Top, tokenRegion.Right, tokenRegion.Bottom);
            foreach (var mode in new[] { PageSegMode.SingleWord, PageSegMode.SingleChar })
            {
                var single = engine.Recognize(image, Request(dpi, mode, tokenBox), cancellationToken);
                if (Accept(single.Words).ToList() is [var better] && Surer(better, found[0]))
                {
                    found = [better];
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The cell without the colon its value starts with (": 3 Juli 2024" in the identity table): Tesseract reads a
    /// thin colon close to a digit as "1" ("13 Juli 2024"), and the colon carries nothing the parser keeps. A colon
    /// is two small solid dots, one above the other, left of everything else in the cell.
    /// </summary>
    internal static Rect AfterLeadingColon(Mat cellInk, Rect region, double dpi)
    {
        var components = new Components(cellInk);
        if (components.Count < 4)
        {
            return region;
        }
        var order = Enumerable.Range(1, components.Count - 1).OrderBy(i => components.Box(i).X).ToList();
        int first = order[0], second = order[1];
        var maxDot = ColonDot300 * dpi / 300;
        bool IsDot(int label)
        {
            var box = components.Box(label);
            return box.Width >= 2 && box.Height >= 2 && box.Width <= maxDot && box.Height <= maxDot &&
                   components.Area(label) >= 0.5 * box.Width * box.Height;
        }
        if (!IsDot(first) || !IsDot(second))
        {
            return region;
        }
        Rect a = components.Box(first), b = components.Box(second);
        var (upper, lower) = a.Y <= b.Y ? (a, b) : (b, a);
        var gap = lower.Y - upper.Bottom;
        var overlap = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        var right = Math.Max(a.Right, b.Right);
        if (overlap < Math.Min(a.Width, b.Width) / 2.0 || gap < Math.Max(upper.Height, lower.Height) / 2.0 || gap > 3 * maxDot ||
            order.Skip(2).Any(label => components.Box(label).X <= right))
        {
            return region;
        }
        var cut = right + (int)Math.Ceiling(2 * dpi / 300);
        return new Rect(region.X + cut, region.Y, region.Width - cut, region.Height);
    }

    /// <summary>
    /// Reads a cell at half size on a white margin. Tesseract returned nothing for big, blurred bold
    /// text (a "No" header of a phone photo scaled up from 150 dpi) that it reads at half the size.
    /// </summary>
    private List<Word> ReadSmaller(Mat clean, Rect region, int dpi, CancellationToken cancellationToken)
    {
        const double factor = 0.5;
        const int margin = 16;
        using var crop = new Mat(clean, region);
        using var small = new Mat();
        Cv2.Resize(crop, small, new Size(), factor, factor, InterpolationFlags.Area);
        using var padded = new Mat();
        Cv2.CopyMakeBorder(small, padded, margin, margin, margin, margin, BorderTypes.Constant, Scalar.White);
        var smallDpi = Math.Max(70, (int)Math.Round(dpi * factor));
        using var image = ToOcrImage(padded, smallDpi);
        var page = engine.Recognize(image, Request(smallDpi, PageSegMode.SingleBlock, null), cancellationToken);
        return Accept(page.Words)
            .Select(w => w with
            {
                Box = new Box(region.X + (w.Box!.Value.X - margin) / factor, region.Y + (w.Box.Value.Y - margin) / factor,
                    w.Box.Value.Width / factor, w.Box.Value.Height / factor),
            })
            .ToList();
    }

    /// <summary>Whether a re-read lone character is the better answer: a letter or digit over punctuation, else the surer.</summary>
    internal static bool Surer(Word candidate, Word current) =>
        (HasLetterOrDigit(candidate.Text), HasLetterOrDigit(current.Text)) switch
        {
            (true, false) => candidate.Confidence >= PunctuationReplacementConfidence,
            (false, true) => false,
            _ => candidate.Confidence > current.Confidence,
        };

    private static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    /// <summary>
    /// The words worth keeping: sure enough, or made of letters and digits (Tesseract's LSTM gives some clearly printed
    /// words, "40/" and "75.01" between two sure ones, a confidence of 0; junk from specks and strokes is punctuation).
    /// </summary>
    private IEnumerable<Word> Accept(IEnumerable<OcrWord> words) => Accept(words, options.MinWordConfidence);

    /// <inheritdoc cref="Accept(IEnumerable{OcrWord})"/>
    internal static IEnumerable<Word> Accept(IEnumerable<OcrWord> words, double minConfidence) => words
        .Where(w => !string.IsNullOrWhiteSpace(w.Text) && (w.Confidence >= minConfidence || w.Text.Count(char.IsLetterOrDigit) >= 2))
        .Select(w => new Word(w.Text.Trim(), new Box(w.Box.Left, w.Box.Top, w.Box.Width, w.Box.Height), w.Confidence));

    private OcrRequest Request(int dpi, PageSegMode mode, OcrBox? region) =>
        new() { Dpi = dpi, PageSegMode = mode, Region = region, Timeout = options.OcrTimeout };

    private static Rect Inset(Box box, int width, int height)
    {
        var left = Math.Clamp((int)box.X + CellInset, 0, width);
        var top = Math.Clamp((int)box.Y + CellInset, 0, height);
        var right = Math.Clamp((int)box.Right - CellInset, 0, width);
        var bottom = Math.Clamp((int)box.Bottom - CellInset, 0, height);
        return new Rect(left, top, Math.Max(0, right - left), Math.Max(0, bottom - top));
    }

    /// <summary>An 8-bit grey image as Tesseract's input (copied).</summary>
    public static unsafe OcrImage ToOcrImage(Mat grey, int dpi)
    {
        var stride = (int)grey.Step();
        var span = new ReadOnlySpan<byte>(grey.DataPointer, stride * grey.Height);
        return OcrImage.FromPixels(span, grey.Width, grey.Height, 1, stride, dpi);
    }
}
