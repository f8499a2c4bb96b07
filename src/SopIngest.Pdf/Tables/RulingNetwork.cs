using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Tables;

/// <summary>
/// Turns loose ruling pieces into the lines of table grids. Three steps:
/// <list type="number">
/// <item>join collinear pieces that meet end to end (cell sides, connector pieces cut at cell borders);</item>
/// <item>prune lines with a free end: a grid line always ends on another grid line, while a connector
/// ends on a symbol or an arrowhead, and an underline ends in the air. Pruning repeats until nothing
/// changes, so a whole elbow connector peels away piece by piece;</item>
/// <item>split what is left into connected groups, one per table.</item>
/// </list>
/// <code>
///   +-----+-----+      the connector's left end touches no line: pruned,
///   | [ ]-|--+  |      then its vertical piece has a free end: pruned.
///   +-----+--|--+      the grid lines all end on grid lines: kept.
///   |        v  |
///   +-----------+
/// </code>
/// </summary>
internal static class RulingNetwork
{
    public static IReadOnlyList<Ruling> Join(IEnumerable<Ruling> rulings, GridOptions options)
    {
        var joined = new List<Ruling>();
        foreach (var direction in rulings.GroupBy(r => r.IsHorizontal))
        {
            var sorted = direction.OrderBy(r => r.Position).ToList();
            var start = 0;
            while (start < sorted.Count)
            {
                // Rulings within AlignTolerance of the first of the run share one line position.
                var end = start;
                while (end + 1 < sorted.Count && sorted[end + 1].Position - sorted[start].Position <= options.AlignTolerance)
                {
                    end++;
                }
                var group = sorted.GetRange(start, end - start + 1);
                var position = group.Average(r => r.Position);
                Ruling? current = null;
                foreach (var piece in group.OrderBy(r => r.Start))
                {
                    if (current is { } c && piece.Start <= c.End + options.JoinGap)
                    {
                        current = c with { End = Math.Max(c.End, piece.End) };
                        continue;
                    }
                    if (current is { } done)
                    {
                        joined.Add(done);
                    }
                    current = new Ruling(piece.IsHorizontal, position, piece.Start, piece.End);
                }
                if (current is { } final)
                {
                    joined.Add(final);
                }
                start = end + 1;
            }
        }
        return joined;
    }

    /// <summary>
    /// Removes, repeatedly, every line with an end that touches no other line. An end on or past the edge of
    /// one of the <paramref name="frames"/> (the page, its printable area) is held by that edge: a table broken
    /// at a page break, or wider than the page, loses its outer border to the cut, not its lines.
    /// </summary>
    public static IReadOnlyList<Ruling> Prune(IReadOnlyList<Ruling> lines, GridOptions options, IReadOnlyList<Box>? frames = null)
    {
        // Which lines hold each end: computed once, then lines are removed from a work list.
        var startHolders = new List<int>[lines.Count];
        var endHolders = new List<int>[lines.Count];
        var heldBy = new List<int>[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            startHolders[i] = [];
            endHolders[i] = [];
            heldBy[i] = [];
        }
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = 0; j < lines.Count; j++)
            {
                if (i == j || lines[i].IsHorizontal == lines[j].IsHorizontal)
                {
                    continue;
                }
                if (Touches(lines[i], lines[i].Start, lines[j], options))
                {
                    startHolders[i].Add(j);
                    heldBy[j].Add(i);
                }
                if (Touches(lines[i], lines[i].End, lines[j], options))
                {
                    endHolders[i].Add(j);
                    heldBy[j].Add(i);
                }
            }
        }
        var startAtEdge = new bool[lines.Count];
        var endAtEdge = new bool[lines.Count];
        foreach (var frame in frames ?? [])
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var (low, high) = lines[i].IsHorizontal ? (frame.X, frame.Right) : (frame.Y, frame.Bottom);
                // At the edge or past it: a table wider than the printable area runs on under the clip.
                startAtEdge[i] |= lines[i].Start <= low + options.TouchTolerance;
                endAtEdge[i] |= lines[i].End >= high - options.TouchTolerance;
            }
        }
        var alive = Enumerable.Repeat(true, lines.Count).ToArray();
        var work = new Queue<int>(Enumerable.Range(0, lines.Count));
        while (work.Count > 0)
        {
            var i = work.Dequeue();
            if (!alive[i] || ((startAtEdge[i] || startHolders[i].Any(j => alive[j])) && (endAtEdge[i] || endHolders[i].Any(j => alive[j]))))
            {
                continue;
            }
            alive[i] = false;
            foreach (var j in heldBy[i].Concat(startHolders[i]).Concat(endHolders[i]))
            {
                if (alive[j])
                {
                    work.Enqueue(j);
                }
            }
        }
        return lines.Where((_, i) => alive[i]).ToList();
    }

    /// <summary>Groups lines that cross or touch; each group with two lines each way is one table's grid.</summary>
    public static IReadOnlyList<IReadOnlyList<Ruling>> Components(IReadOnlyList<Ruling> lines, GridOptions options)
    {
        var parent = Enumerable.Range(0, lines.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[i].IsHorizontal != lines[j].IsHorizontal && Meet(lines[i], lines[j], options))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }
        return Enumerable.Range(0, lines.Count)
            .GroupBy(Find)
            .Select(g => (IReadOnlyList<Ruling>)g.Select(i => lines[i]).ToList())
            .Where(g => g.Count(r => r.IsHorizontal) >= 2 && g.Count(r => !r.IsHorizontal) >= 2)
            .ToList();
    }

    /// <summary>True when the point at <paramref name="along"/> on <paramref name="line"/> lies on <paramref name="other"/>.</summary>
    private static bool Touches(Ruling line, double along, Ruling other, GridOptions options) =>
        Math.Abs(along - other.Position) <= options.TouchTolerance &&
        line.Position >= other.Start - options.TouchTolerance &&
        line.Position <= other.End + options.TouchTolerance;

    private static bool Meet(Ruling a, Ruling b, GridOptions options) =>
        b.Position >= a.Start - options.TouchTolerance && b.Position <= a.End + options.TouchTolerance &&
        a.Position >= b.Start - options.TouchTolerance && a.Position <= b.End + options.TouchTolerance;
}
