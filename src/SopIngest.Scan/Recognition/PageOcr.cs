using OpenCvSharp;
using SopIngest.Core.Layout;
using SopIngest.Scan.Grid;
using SopIngest.Tesseract;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// OCRs a cleaned page through the shared engine pool and returns its words in page pixels with
/// confidences 0..1. Two passes, chosen by measuring on the dev corpus (OCR family score):
/// <list type="number">
/// <item>the whole page once: the text outside tables, and every cell's words as a fallback;</item>
/// <item>each non-empty table cell alone as one text block (<see cref="ScanOptions.ReadEveryCell"/>), or
/// only the cells holding ink the page pass missed. Tesseract's page layout drops lone short text such as
/// the step numbers of the "No" column as noise, and misreads the small bold actor headers; read alone
/// they come out right (missed cells only 88.1, every cell 91.5, both at 240 dpi, before later fixes).</item>
/// </list>
/// An empty cell read is retried at half size, a lone unsure character as a single character.
/// </summary>
internal sealed class PageOcr(IOcrEngine engine, ScanOptions options)
{
    // Ink (pixels at 300 dpi) a cell must hold outside every word box to be read again: about one digit.
    private const double MissedInk300 = 60;
    // Cell borders keep a few pixels of ruling residue after cleaning; the second pass looks inside them.
    private const int CellInset = 6;
    // A cell's only word, this short and read with less confidence than this, is read again on its own.
    // Longer tokens were tried (3: fixed a "5" read as "ks)" but turned "1 hr" into "Thr"): kept at 1.
    private const int LoneTokenLength = 1;
    private const double LoneCharConfidence = 0.9;

    public IReadOnlyList<Word> Read(Mat clean, double dpi, IReadOnlyList<TableGrid> tables, CancellationToken cancellationToken)
    {
        if (!clean.IsContinuous() || clean.Type() != MatType.CV_8UC1)
        {
            throw new ArgumentException("OCR expects a continuous 8-bit grey image.", nameof(clean));
        }
        var resolution = (int)Math.Round(dpi);
        using var image = ToOcrImage(clean, resolution);
        var page = engine.Recognize(image, Request(resolution, PageSegMode.Auto, null), cancellationToken);
        var words = Accept(page.Words).ToList();

        using var ink = new Mat();
        Cv2.Threshold(clean, ink, 0, 255, ThresholdTypes.BinaryInv | ThresholdTypes.Otsu);
        using var covered = ink.Clone();
        foreach (var word in words)
        {
            var b = word.Box!.Value;
            Cv2.Rectangle(covered, new Rect((int)b.X - 2, (int)b.Y - 2, (int)b.Width + 4, (int)b.Height + 4), Scalar.Black, -1);
        }
        var minInk = MissedInk300 * (dpi / 300) * (dpi / 300);
        foreach (var cell in tables.SelectMany(t => t.Cells))
        {
            var region = Inset(cell.Box, clean.Width, clean.Height);
            if (region.Width < 8 || region.Height < 8)
            {
                continue;
            }
            using var missed = new Mat(covered, region);
            using var cellInk = new Mat(ink, region);
            if (Cv2.CountNonZero(options.ReadEveryCell ? cellInk : missed) < minInk)
            {
                continue;
            }
            var box = new OcrBox(region.Left, region.Top, region.Right, region.Bottom);
            var again = engine.Recognize(image, Request(resolution, PageSegMode.SingleBlock, box), cancellationToken);
            var inCell = words.Where(w => cell.Box.Contains(w.Box!.Value.CenterX, w.Box.Value.CenterY)).ToList();
            var found = Accept(again.Words).ToList();
            if (found.Count == 0)
            {
                found = ReadSmaller(clean, region, resolution, cancellationToken);
            }
            else if (found is [{ Text.Length: <= LoneTokenLength, Confidence: < LoneCharConfidence } lone])
            {
                // A lone character read as a block is often misread (a serif "7" as "F" or "Z"); read it again
                // as one word and as one character and keep the surest answer.
                var margin = (int)Math.Round(8 * dpi / 300);
                var glyph = lone.Box!.Value;
                var tokenRegion = new Rect((int)glyph.X - margin, (int)glyph.Y - margin, (int)glyph.Width + 2 * margin, (int)glyph.Height + 2 * margin)
                    .Intersect(new Rect(0, 0, clean.Width, clean.Height));
                var tokenBox = new OcrBox(tokenRegion.Left, tokenRegion.Top, tokenRegion.Right, tokenRegion.Bottom);
                foreach (var mode in new[] { PageSegMode.SingleWord, PageSegMode.SingleChar })
                {
                    var single = engine.Recognize(image, Request(resolution, mode, tokenBox), cancellationToken);
                    if (Accept(single.Words).ToList() is [var better] && better.Confidence > found[0].Confidence)
                    {
                        found = [better];
                    }
                }
            }
            // The cell read alone replaces what the page pass saw of it when it found more (or, reading
            // every cell, when it found anything).
            if (options.ReadEveryCell ? found.Count > 0 : found.Sum(w => w.Text.Length) > inCell.Sum(w => w.Text.Length))
            {
                words.RemoveAll(inCell.Contains);
                words.AddRange(found);
            }
        }
        return words;
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

    private IEnumerable<Word> Accept(IEnumerable<OcrWord> words) => words
        .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Confidence >= options.MinWordConfidence)
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

    private static unsafe OcrImage ToOcrImage(Mat grey, int dpi)
    {
        var stride = (int)grey.Step();
        var span = new ReadOnlySpan<byte>(grey.DataPointer, stride * grey.Height);
        return OcrImage.FromPixels(span, grey.Width, grey.Height, 1, stride, dpi);
    }
}
