using OpenCvSharp;
using SopIngest.Scan.Grid;
using SopIngest.Scan.Imaging;
using SopIngest.Scan.Shapes;

namespace SopIngest.Scan.Recognition;

/// <summary>
/// Makes the image Tesseract reads: the prepared grey page without the drawing (rulings, connectors with
/// their arrowheads, symbol outlines) and without scanner specks. Left in, Tesseract reads the drawing as
/// junk glyphs ("[ ]", "l", "Ej", seeds 001/003) and merges neighbouring cells into one line, and the
/// second, per-cell pass reads specks as punctuation. Text inside symbols (Mulai, Selesai, A) is kept.
/// <para>
/// Inside tables, once the rulings are erased, every ink component that holds a straight run is drawing:
/// a connector with its arrowhead, an elbow, a symbol outline. Letters never hold such a run and never
/// touch the drawing, so they survive whole. (Judging arrowheads by their solid triangular look was tried
/// first and ate bold "v", "A" and blotted "e" of low-resolution photos.) The text keeps its grey levels:
/// handing Tesseract our binarisation instead was measured worse ("Dispostsi pimpman" on the 1-bit scan).
/// </para>
/// </summary>
internal static class OcrCleaner
{
    // Twice the widest outline stroke seen in the corpus at 300 dpi (about 5 px), plus blur; only its outer
    // half (and 2 px into the hole) is cleared.
    private const int OutlineStroke = 14;
    // Specks: lone components smaller than this (pixels at 300 dpi); a full stop is about 25. The dot of a
    // small 1-bit "i" is smaller still, which is why a speck beside a letter stays ("Selesaı" otherwise).
    private const double SpeckArea300 = 14;
    // A speck within this many speck sizes of a letter belongs to it.
    private const double SpeckNeighbourhood = 3;
    // A straight run this long (300 dpi) inside a table is drawing: letters there are at most ~40 px tall,
    // and an elbow's last drop onto a symbol is longer.
    private const double StubLength300 = 48;
    // A straight run is a line only where it has paper this far (300 dpi) on both sides, past half the thickest
    // connector (3-6 px) and its blur: the bottom row of bold letters that a low-resolution scan ran together is a
    // long straight run too, with the letters on one side.
    private const double LineClearance300 = 8;
    // Pixels around removed drawing that are cleared too (its blurred fringe).
    private const int FringeMargin = 7;
    // A picture (logo, QR code) is at least this many inches both ways, a letter of body text a tenth of it, and at least
    // this share of its box is ink (a symbol's outline or a stamp's ring far less).
    private const double PictureInches = 0.35;
    private const double PictureFill = 0.3;
    // Widest erased ruling band (300 dpi) a connector is bridged across.
    private const double RulingBridge300 = 22;
    // Remnants: pieces up to this size (300 dpi) with most of their pixels within this reach of removed drawing.
    private const double RemnantSize300 = 40;
    private const double RemnantReach300 = 7;
    private const double RemnantShare = 0.5;

    public static Mat Clean(Mat grey, Mat ink, LineMasks masks, IReadOnlyList<TableGrid> tables, IReadOnlyList<DetectedShape> shapes, double dpi)
    {
        var scale = dpi / 300;
        using var text = ink.Clone();
        using var ruled = new Mat(ink.Size(), MatType.CV_8UC1, Scalar.Black);
        foreach (var ruling in tables.SelectMany(t => t.Rulings))
        {
            var width = (int)Math.Ceiling(ruling.Thickness) + 6;
            var (p1, p2) = ruling.IsHorizontal
                ? (new Point(ruling.Start, ruling.Position), new Point(ruling.End, ruling.Position))
                : (new Point(ruling.Position, ruling.Start), new Point(ruling.Position, ruling.End));
            Cv2.Line(text, p1, p2, Scalar.Black, width);
            Cv2.Line(ruled, p1, p2, Scalar.White, width);
        }
        foreach (var shape in shapes)
        {
            EraseOutline(text, shape);
        }
        using (var drawing = StraightRuns(text, tables, scale))
        {
            // Before the long lines go: a connector still holds its arrowhead then.
            RemoveComponents(text, Bridged(text, ruled, scale), drawing, tables, SpeckArea300 * scale * scale);
        }
        RemoveRemnants(ink, text, ruled, tables, scale);
        RemovePictures(text, dpi);
        // Outside tables only the long lines go (underlines, frames); letters touching them stay.
        text.SetTo(Scalar.Black, masks.Joined);

        // Everything that was ink and is not kept as text becomes paper; the text keeps its grey levels.
        // The grey fringe of a removed line is wider than its binarisation: clear a margin around it,
        // but never over the kept text.
        using var dropped = new Mat();
        Cv2.Subtract(ink, text, dropped);
        using (var wide = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(FringeMargin, FringeMargin)))
        using (var near = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(3, 3)))
        using (var keep = new Mat())
        {
            Cv2.Dilate(dropped, dropped, wide);
            Cv2.Dilate(text, keep, near);
            dropped.SetTo(Scalar.Black, keep);
        }
        var clean = grey.Clone();
        clean.SetTo(Scalar.White, dropped);
        return clean;
    }

    /// <summary>
    /// Pictures are not text: a logo, a QR code, a photo is a piece of ink larger than any letter both ways and dense, and
    /// read by Tesseract it becomes junk words ("GT ——", "Ter La Pa") in the agency lines and the signature block.
    /// </summary>
    private static void RemovePictures(Mat text, double dpi)
    {
        var components = new Components(text);
        var minSide = PictureInches * dpi;
        var remove = new bool[components.Count];
        var any = false;
        for (var i = 1; i < components.Count; i++)
        {
            var box = components.Box(i);
            remove[i] = box.Width >= minSide && box.Height >= minSide && components.Area(i) >= PictureFill * box.Width * box.Height;
            any |= remove[i];
        }
        if (any)
        {
            components.Erase(text, remove);
        }
    }

    /// <summary>
    /// Small pieces lying against removed drawing are what is left of it: arrowhead halves cut apart
    /// where the connector ran through them, the corner of an elbow. Erased rulings do not count: a letter printed
    /// close to its cell's border (a wrapped line's first letter in a low-resolution scan) is no remnant.
    /// </summary>
    private static void RemoveRemnants(Mat ink, Mat text, Mat ruled, IReadOnlyList<TableGrid> tables, double scale)
    {
        using var near = new Mat();
        Cv2.Subtract(ink, text, near);
        near.SetTo(Scalar.Black, ruled);
        var reach = Math.Max(3, (int)Math.Round(RemnantReach300 * scale)) | 1;
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(reach, reach)))
        {
            Cv2.Dilate(near, near, kernel);
        }
        var components = new Components(text);
        var remove = new bool[components.Count];
        var maxSize = RemnantSize300 * scale;
        for (var i = 1; i < components.Count; i++)
        {
            var rect = components.Box(i);
            remove[i] = Math.Max(rect.Width, rect.Height) <= maxSize &&
                tables.Any(t => t.Bounds.Contains(rect.X + rect.Width / 2.0, rect.Y + rect.Height / 2.0)) &&
                components.CountWhere(i, near) >= RemnantShare * components.Area(i);
        }
        components.Erase(text, remove);
    }

    /// <summary>
    /// Pixels of straight horizontal or vertical lines inside the tables: runs as long as a stub with paper on both
    /// sides along that length (a run along the foot of letters run together has them on one side).
    /// </summary>
    private static Mat StraightRuns(Mat text, IReadOnlyList<TableGrid> tables, double scale)
    {
        var runs = new Mat(text.Size(), MatType.CV_8UC1, Scalar.Black);
        var length = Math.Max(9, (int)Math.Round(StubLength300 * scale));
        var clearance = Math.Max(3, (int)Math.Round(LineClearance300 * scale));
        foreach (var table in tables)
        {
            var area = new Rect((int)table.Bounds.X, (int)table.Bounds.Y, (int)table.Bounds.Width, (int)table.Bounds.Height)
                .Intersect(new Rect(0, 0, text.Width, text.Height));
            if (area.Width <= 0 || area.Height <= 0)
            {
                continue;
            }
            using var region = new Mat(text, area);
            using var target = new Mat(runs, area);
            using var h = Clear(region, LineOpening.Open(region, length, horizontal: true), length, clearance, horizontal: true);
            using var v = Clear(region, LineOpening.Open(region, length, horizontal: false), length, clearance, horizontal: false);
            Cv2.BitwiseOr(h, v, h);
            h.CopyTo(target);
        }
        return runs;
    }

    /// <summary>
    /// The stretches of <paramref name="runs"/> (disposed) at least <paramref name="length"/> long whose pixels have no ink
    /// <paramref name="clearance"/> pixels to either side across the run (above and below a horizontal run).
    /// </summary>
    private static Mat Clear(Mat ink, Mat runs, int length, int clearance, bool horizontal)
    {
        using var sides = new Mat(ink.Size(), MatType.CV_8UC1, Scalar.Black);
        var (width, height) = (ink.Width, ink.Height);
        var (dx, dy) = horizontal ? (0, clearance) : (clearance, 0);
        if ((horizontal ? height : width) > clearance)
        {
            // sides(p) = ink(p - d) | ink(p + d), d across the run.
            using (var before = new Mat(ink, new Rect(0, 0, width - dx, height - dy)))
            using (var at = new Mat(sides, new Rect(dx, dy, width - dx, height - dy)))
            {
                before.CopyTo(at);
            }
            using var after = new Mat(ink, new Rect(dx, dy, width - dx, height - dy));
            using var into = new Mat(sides, new Rect(0, 0, width - dx, height - dy));
            Cv2.BitwiseOr(into, after, into);
        }
        using var clear = new Mat();
        Cv2.Subtract(runs, sides, clear);
        runs.Dispose();
        return LineOpening.Open(clear, length, horizontal);
    }

    /// <summary>
    /// Clears a symbol's outline: the band outside its hole, a little into the hole for blur, but not over the
    /// label inside (a stroke centred on the hole's contour cut the "i" off "Selesai").
    /// </summary>
    private static void EraseOutline(Mat text, DetectedShape shape)
    {
        var bounds = new Rect(0, 0, text.Width, text.Height);
        var area = Cv2.BoundingRect(shape.Outline);
        area = new Rect(area.X - OutlineStroke, area.Y - OutlineStroke, area.Width + 2 * OutlineStroke, area.Height + 2 * OutlineStroke)
            .Intersect(bounds);
        if (area.Width <= 0 || area.Height <= 0)
        {
            return;
        }
        var local = shape.Outline.Select(p => new Point(p.X - area.X, p.Y - area.Y)).ToArray();
        using var ring = new Mat(area.Size, MatType.CV_8UC1, Scalar.Black);
        Cv2.DrawContours(ring, [local], -1, Scalar.White, OutlineStroke);
        using var inside = new Mat(area.Size, MatType.CV_8UC1, Scalar.Black);
        Cv2.FillPoly(inside, [local], Scalar.White);
        using (var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(5, 5)))
        {
            Cv2.Erode(inside, inside, kernel);
        }
        ring.SetTo(Scalar.Black, inside);
        using var target = new Mat(text, area);
        target.SetTo(Scalar.Black, ring);
    }

    /// <summary>
    /// The text image with the gaps left by erased rulings bridged again: a connector crossing a row line
    /// into the next row stays one piece with its arrowhead there, so removing the connector removes both.
    /// </summary>
    private static Mat Bridged(Mat text, Mat ruled, double scale)
    {
        var span = Math.Max(9, (int)Math.Round(RulingBridge300 * scale)) | 1;
        var linked = text.Clone();
        using var across = new Mat();
        using var vertical = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(1, span));
        using var horizontal = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(span, 1));
        foreach (var kernel in new[] { vertical, horizontal })
        {
            Cv2.MorphologyEx(text, across, MorphTypes.Close, kernel);
            Cv2.BitwiseAnd(across, ruled, across);
            Cv2.BitwiseOr(linked, across, linked);
        }
        return linked;
    }

    /// <summary>Drops components that hold a straight run (drawing) and those too small to be text (specks).</summary>
    private static void RemoveComponents(Mat text, Mat linked, Mat drawing, IReadOnlyList<TableGrid> tables, double speckArea)
    {
        var components = new Components(linked);
        linked.Dispose();
        var count = components.Count;
        var remove = new bool[count];
        // Drawing (straight runs) lies inside the tables only.
        var page = new Rect(0, 0, text.Width, text.Height);
        components.MarkTouching(drawing, tables.Select(t => PixelRect.Covering(t.Bounds, text.Width, text.Height)), remove);
        var specks = new bool[count];
        for (var i = 1; i < count; i++)
        {
            specks[i] = !remove[i] && components.Area(i) < speckArea;
        }
        // A speck next to a letter is part of it (the dot of an "i", a comma): only lone specks go, those
        // with no letter pixel within half the reach around them.
        var drop = remove.Zip(specks, (a, b) => a || b).ToArray();
        using var letters = text.Clone();
        components.Erase(letters, drop);
        var half = (Math.Max(3, (int)Math.Round(Math.Sqrt(speckArea) * SpeckNeighbourhood)) | 1) / 2;
        for (var i = 1; i < count; i++)
        {
            if (specks[i])
            {
                var box = components.Box(i);
                var around = new Rect(box.X - half, box.Y - half, box.Width + 2 * half, box.Height + 2 * half).Intersect(page);
                remove[i] = !Components.AnySet(letters, around);
            }
        }
        components.Erase(text, remove);
    }
}
