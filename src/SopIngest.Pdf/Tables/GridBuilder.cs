using SopIngest.Core.Layout;
using SopIngest.Pdf.Geometry;

namespace SopIngest.Pdf.Tables;

/// <summary>
/// Builds a table grid from one connected group of ruling lines. Every distinct x of a vertical line is
/// a column edge and every distinct y of a horizontal line a row edge; two neighbouring slots are one
/// spanned cell where the separator between them is missing:
/// <code>
///  +----+---------+-----------------+        the line under "Pelaksana" stops at the
///  | No | Uraian  |    Pelaksana    |        Pelaksana columns, so No and Uraian
///  |    |         +--------+--------+        span two rows; no vertical line between
///  |    |         | Camat  | Staf   |        the two actor slots in the top row, so
///  +----+---------+--------+--------+        Pelaksana spans two columns.
/// </code>
/// </summary>
internal static class GridBuilder
{
    private const int MaxRounds = 4;

    public static TableGrid? Build(IReadOnlyList<Ruling> lines, GridOptions options)
    {
        List<double> columns;
        List<double> rows;
        List<Ruling>[] verticalAt;
        List<Ruling>[] horizontalAt;
        var current = lines.ToList();
        // Dropping idle edges can leave others idle; a few rounds settle any real table.
        for (var round = 0; ; round++)
        {
            columns = Edges(current.Where(l => !l.IsHorizontal), options);
            rows = Edges(current.Where(l => l.IsHorizontal), options);
            Extend(columns, current.Where(l => l.IsHorizontal), options);
            Extend(rows, current.Where(l => !l.IsHorizontal), options);
            if (columns.Count < 2 || rows.Count < 2)
            {
                return null;
            }
            if ((long)(rows.Count - 1) * (columns.Count - 1) > options.MaxSlots)
            {
                // A mesh of thousands of lines is a drawing (a hatch, a chart), not a table a person fills in.
                return null;
            }
            verticalAt = ByEdge(current.Where(l => !l.IsHorizontal), columns, options);
            horizontalAt = ByEdge(current.Where(l => l.IsHorizontal), rows, options);
            // An inner edge that separates no pair of slots is a leftover (a connector elbow that happened to
            // touch two borders), not a grid line: drop its lines and build again.
            var idle = Idle(verticalAt, rows, options).Concat(Idle(horizontalAt, columns, options)).ToHashSet();
            if (idle.Count == 0 || round == MaxRounds)
            {
                break;
            }
            current.RemoveAll(idle.Contains);
        }
        var rowCount = rows.Count - 1;
        var columnCount = columns.Count - 1;
        var parent = Enumerable.Range(0, rowCount * columnCount).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (c + 1 < columnCount && !Separated(verticalAt[c + 1], rows[r], rows[r + 1], options))
                {
                    parent[Find(r * columnCount + c)] = Find(r * columnCount + c + 1);
                }
                if (r + 1 < rowCount && !Separated(horizontalAt[r + 1], columns[c], columns[c + 1], options))
                {
                    parent[Find(r * columnCount + c)] = Find((r + 1) * columnCount + c);
                }
            }
        }
        var cells = Enumerable.Range(0, rowCount * columnCount)
            .GroupBy(Find)
            .Select(g =>
            {
                // A merged group is normally a rectangle of slots; its bounding slots are the cell either way.
                var top = g.Min(i => i / columnCount);
                var bottom = g.Max(i => i / columnCount);
                var left = g.Min(i => i % columnCount);
                var right = g.Max(i => i % columnCount);
                return new GridCell(top, left, bottom - top + 1, right - left + 1,
                    Box.FromEdges(columns[left], rows[top], columns[right + 1], rows[bottom + 1]));
            })
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
        return new TableGrid(columns, rows, cells);
    }

    /// <summary>
    /// Distinct line positions. Lines closer than the smallest cell are one edge: a table drawn with
    /// separate borders (each cell its own box, a little apart) has two lines along every edge.
    /// </summary>
    private static List<double> Edges(IEnumerable<Ruling> lines, GridOptions options)
    {
        var edges = new List<double>();
        var cluster = new List<double>();
        foreach (var position in lines.Select(l => l.Position).Order())
        {
            if (cluster.Count > 0 && position - cluster[0] > options.MinCellSize)
            {
                edges.Add(cluster.Average());
                cluster.Clear();
            }
            cluster.Add(position);
        }
        if (cluster.Count > 0)
        {
            edges.Add(cluster.Average());
        }
        return edges;
    }

    /// <summary>
    /// The lines of inner edges that run along too little of the table to be grid lines. A grid line crosses
    /// most of its table (all rows but a header, or the label-value part of an identity table); a connector
    /// elbow that touched two borders by chance covers a few points of one cell.
    /// </summary>
    private static IEnumerable<Ruling> Idle(List<Ruling>[] linesAt, List<double> across, GridOptions options)
    {
        var from = across[0];
        var to = across[^1];
        for (var e = 1; e < linesAt.Length - 1; e++)
        {
            if (linesAt[e].Sum(l => l.Overlap(from, to)) < options.MinEdgeShare * (to - from))
            {
                foreach (var line in linesAt[e])
                {
                    yield return line;
                }
            }
        }
    }

    /// <summary>
    /// Adds an outer edge where the lines across run on past the last edge: a table whose outer border was
    /// clipped at the page edge still has its last column.
    /// </summary>
    private static void Extend(List<double> edges, IEnumerable<Ruling> across, GridOptions options)
    {
        var list = across.ToList();
        if (edges.Count == 0 || list.Count == 0)
        {
            return;
        }
        var start = list.Min(l => l.Start);
        var end = list.Max(l => l.End);
        if (start < edges[0] - options.MinCellSize)
        {
            edges.Insert(0, start);
        }
        if (end > edges[^1] + options.MinCellSize)
        {
            edges.Add(end);
        }
    }

    /// <summary>The lines lying on each edge, so a separator test looks at its own edge only.</summary>
    private static List<Ruling>[] ByEdge(IEnumerable<Ruling> lines, List<double> edges, GridOptions options)
    {
        var byEdge = edges.Select(_ => new List<Ruling>()).ToArray();
        foreach (var line in lines)
        {
            var nearest = 0;
            for (var i = 1; i < edges.Count; i++)
            {
                if (Math.Abs(edges[i] - line.Position) < Math.Abs(edges[nearest] - line.Position))
                {
                    nearest = i;
                }
            }
            byEdge[nearest].Add(line);
        }
        return byEdge;
    }

    /// <summary>True when the edge's lines cover enough of the slot side from..to.</summary>
    private static bool Separated(List<Ruling> edgeLines, double from, double to, GridOptions options) =>
        edgeLines.Sum(l => l.Overlap(from, to)) >= options.SeparatorCoverage * (to - from);
}
