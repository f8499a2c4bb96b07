using OpenCvSharp;
using SopIngest.Core.Layout;

namespace SopIngest.Scan.Grid;

/// <summary>
/// Finds the ruled tables of a page and their cell grids.
/// <para>
/// Flowchart connectors are long straight lines too, so a line is a ruling only when it is part of the
/// frame: verticals at least half the table's height and horizontals at least 60% of its width are rulings;
/// a shorter line is a ruling when both its ends meet rulings (connectors end in the middle of cells, at
/// shapes and arrowheads). Rows and columns come from the rulings' positions;
/// a slot boundary without a ruling means a spanned cell:
/// </para>
/// <code>
///  +----+--------------------------+-------+
///  | No |        Pelaksana         |  ...     "No" spans two rows (no ruling under it),
///  |    +--------+--------+--------+          "Pelaksana" spans its actor columns
///  |    | Camat  | Sekcam | Kasi   |          (no rulings between them in row 0)
///  +----+--------+--------+--------+
/// </code>
/// </summary>
internal sealed class GridDetector(ScanOptions options)
{
    // A slot boundary exists when rulings cover at least this share of it.
    private const double BoundaryCoverage = 0.5;
    // Verticals this share of the table height are rulings without further evidence.
    private const double LongVertical = 0.5;
    // Horizontals this share of the table width are rulings without further evidence.
    private const double LongHorizontal = 0.6;
    // A band between tables is at most this many tolerances high (a real row holds at least a text line).
    private const double GapBands = 4;
    // Row lines running this many tolerances past the outermost vertical mean the border is missing.
    private const double MissingBorder = 3;

    public IReadOnlyList<TableGrid> Detect(Mat ink)
    {
        using var masks = LineMasks.Find(ink, options);
        return Detect(ink, masks);
    }

    /// <summary>The tables of a page whose ruling-line masks are already known.</summary>
    public IReadOnlyList<TableGrid> Detect(Mat ink, LineMasks masks)
    {
        var scale = Math.Max(ink.Width, ink.Height) / 3500.0;
        var tolerance = Math.Max(6, 14 * scale);
        using var horizontalMask = Close(masks.Horizontal, new Size((int)(15 * scale) + 1, 1));
        using var verticalMask = Close(masks.Vertical, new Size(1, (int)(15 * scale) + 1));
        var maxThickness = Math.Max(8, 12 * scale);
        var horizontals = SegmentFinder.Find(horizontalMask, true, maxThickness, 30 * scale, tolerance / 2);
        var verticals = SegmentFinder.Find(verticalMask, false, maxThickness, 30 * scale, tolerance / 2);

        var tables = new List<TableGrid>();
        foreach (var region in TableRegions(horizontalMask, verticalMask, ink.Width, ink.Height))
        {
            tables.AddRange(Build(region, Within(horizontals, region, tolerance), Within(verticals, region, tolerance), tolerance));
        }
        return tables.OrderBy(t => t.Bounds.Y).ToList();
    }

    private static Mat Close(Mat mask, Size size)
    {
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, size);
        var result = new Mat();
        Cv2.MorphologyEx(mask, result, MorphTypes.Close, kernel);
        return result;
    }

    /// <summary>Connected groups of line pixels big enough to be a table.</summary>
    private static List<Rect> TableRegions(Mat horizontal, Mat vertical, int width, int height)
    {
        using var lines = new Mat();
        Cv2.BitwiseOr(horizontal, vertical, lines);
        using var kernel = Cv2.GetStructuringElement(MorphShapes.Rect, new Size(9, 9));
        Cv2.Dilate(lines, lines, kernel);
        Cv2.FindContours(lines, out var contours, out _, RetrievalModes.External, ContourApproximationModes.ApproxSimple);
        return contours.Select(Cv2.BoundingRect)
            .Where(r => r.Width >= width * 0.15 && r.Height >= height * 0.03)
            .ToList();
    }

    /// <summary>The segments within the region, clipped to it (a border line can run on into the next table).</summary>
    private static List<Segment> Within(List<Segment> segments, Rect r, double tolerance) => segments
        .Select(s => s.IsHorizontal
            ? (s.Position >= r.Top - tolerance && s.Position <= r.Bottom + tolerance
                ? s with { Start = Math.Max(s.Start, r.Left - tolerance), End = Math.Min(s.End, r.Right + tolerance) } : null)
            : (s.Position >= r.Left - tolerance && s.Position <= r.Right + tolerance
                ? s with { Start = Math.Max(s.Start, r.Top - tolerance), End = Math.Min(s.End, r.Bottom + tolerance) } : null))
        .OfType<Segment>()
        .Where(s => s.Length > 0)
        .ToList();

    private static IEnumerable<TableGrid> Build(Rect region, List<Segment> horizontals, List<Segment> verticals, double tolerance)
    {
        // Seeds: lines too long to be connectors (a connector stays within the actor columns, well under
        // 60% of the table's width; vertical connectors join neighbouring rows, well under half its height).
        var rulingsV = verticals.Where(v => v.Length >= LongVertical * region.Height).ToList();
        var rulingsH = horizontals.Where(h => h.Length >= LongHorizontal * region.Width).ToList();
        // Two rounds: lines whose both ends sit on rulings are rulings too (header sub-rows, sub-columns).
        for (var round = 0; round < 2; round++)
        {
            rulingsV = verticals.Where(v => rulingsV.Contains(v) ||
                (Meets(v.Start, v.Position, rulingsH, tolerance) && Meets(v.End, v.Position, rulingsH, tolerance))).ToList();
            rulingsH = horizontals.Where(h => rulingsH.Contains(h) ||
                (Meets(h.Start, h.Position, rulingsV, tolerance) && Meets(h.End, h.Position, rulingsV, tolerance))).ToList();
        }
        if (rulingsH.Count < 2 || rulingsV.Count < 2)
        {
            yield break;
        }
        // A page cut short by the scanner loses a table's outer border: the row lines still run on to
        // where it was, so a virtual border closes the table there.
        var left = rulingsV.Min(v => v.Position);
        var right = rulingsV.Max(v => v.Position);
        var firstRow = rulingsH.Min(h => h.Position);
        var lastRow = rulingsH.Max(h => h.Position);
        var reachLeft = rulingsH.Min(h => h.Start);
        var reachRight = rulingsH.Max(h => h.End);
        if (reachRight - right > MissingBorder * tolerance)
        {
            rulingsV.Add(new Segment(false, reachRight, firstRow, lastRow, 1));
        }
        if (left - reachLeft > MissingBorder * tolerance)
        {
            rulingsV.Add(new Segment(false, reachLeft, firstRow, lastRow, 1));
        }
        var rowEdges = Cluster(rulingsH.Select(h => h.Position), tolerance);
        var columnEdges = Cluster(rulingsV.Select(v => v.Position), tolerance);
        if (rowEdges.Count < 2 || columnEdges.Count < 2)
        {
            yield break;
        }
        // Two tables stacked closely (identity header above the sections grid) can touch through a border
        // line; a band that no inner ruling crosses is the gap between them.
        var start = 0;
        for (var r = 0; r <= rowEdges.Count - 1; r++)
        {
            var isGap = r < rowEdges.Count - 1 && columnEdges.Count >= 3 && rowEdges[r + 1] - rowEdges[r] <= GapBands * tolerance &&
                        rulingsV.Count(v => v.Covers(rowEdges[r], rowEdges[r + 1]) >= BoundaryCoverage) <= 2;
            if (!isGap && r < rowEdges.Count - 1)
            {
                continue;
            }
            var rows = rowEdges.GetRange(start, r - start + 1);
            if (rows.Count >= 2)
            {
                var top = rows[0] - tolerance;
                var bottom = rows[^1] + tolerance;
                var hs = rulingsH.Where(h => h.Position >= top && h.Position <= bottom).ToList();
                var vs = rulingsV.Where(v => v.Covers(top, bottom) > 0).ToList();
                var cols = Cluster(vs.Where(v => v.Covers(rows[0], rows[^1]) >= 0.3).Select(v => v.Position), tolerance);
                if (cols.Count >= 2)
                {
                    var cells = Cells(rows, cols, hs, vs, tolerance);
                    yield return new TableGrid(Box.FromEdges(cols[0], rows[0], cols[^1], rows[^1]), rows, cols, cells, [.. hs, .. vs]);
                }
            }
            start = r + 1;
        }
    }

    /// <summary>
    /// Does the end of a line at (along, across) land on one of the perpendicular rulings? A ruling's end joins the
    /// ruling it meets, gaps of a broken joint aside (half the tolerance); the side of a flowchart box drawn almost as
    /// tall as its row stops short of the row's lines by more.
    /// </summary>
    private static bool Meets(double along, double across, List<Segment> perpendicular, double tolerance) =>
        perpendicular.Any(p => Math.Abs(p.Position - along) <= tolerance / 2 + p.Thickness / 2 &&
                               across >= p.Start - tolerance && across <= p.End + tolerance);

    private static List<double> Cluster(IEnumerable<double> positions, double tolerance)
    {
        var result = new List<List<double>>();
        foreach (var p in positions.Order())
        {
            if (result.Count > 0 && p - result[^1][^1] <= tolerance)
            {
                result[^1].Add(p);
            }
            else
            {
                result.Add([p]);
            }
        }
        return result.Select(g => g.Average()).ToList();
    }

    private static List<GridCell> Cells(List<double> rows, List<double> cols, List<Segment> horizontals, List<Segment> verticals, double tolerance)
    {
        int nr = rows.Count - 1, nc = cols.Count - 1;
        var parent = Enumerable.Range(0, nr * nc).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        for (var r = 0; r < nr; r++)
        {
            for (var c = 0; c < nc; c++)
            {
                if (c + 1 < nc && !Ruled(verticals, cols[c + 1], rows[r], rows[r + 1], tolerance))
                {
                    Union(r * nc + c, r * nc + c + 1);
                }
                if (r + 1 < nr && !Ruled(horizontals, rows[r + 1], cols[c], cols[c + 1], tolerance))
                {
                    Union(r * nc + c, (r + 1) * nc + c);
                }
            }
        }
        var cells = new List<GridCell>();
        foreach (var group in Enumerable.Range(0, nr * nc).GroupBy(Find))
        {
            int r0 = group.Min(i => i / nc), r1 = group.Max(i => i / nc), c0 = group.Min(i => i % nc), c1 = group.Max(i => i % nc);
            cells.Add(new GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, Box.FromEdges(cols[c0], rows[r0], cols[c1 + 1], rows[r1 + 1])));
        }
        // A non-rectangular merge (a broken ruling) yields overlapping boxes; keep the first cell per slot.
        var taken = new bool[nr, nc];
        var result = new List<GridCell>();
        foreach (var cell in cells.OrderBy(c => c.Row).ThenBy(c => c.Column))
        {
            if (taken[cell.Row, cell.Column])
            {
                continue;
            }
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColSpan; c++)
                {
                    taken[r, c] = true;
                }
            }
            result.Add(cell);
        }
        return result;
    }

    private static bool Ruled(List<Segment> rulings, double position, double from, double to, double tolerance) =>
        rulings.Where(s => Math.Abs(s.Position - position) <= tolerance).Sum(s => s.Covers(from, to)) >= BoundaryCoverage;
}
