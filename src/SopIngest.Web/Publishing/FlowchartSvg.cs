using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SopIngest.Core.Model;

namespace SopIngest.Web.Publishing;

/// <summary>
/// Redraws the SOP AP flowchart from the structured steps: one column per actor, one row per step, one shape per
/// step (terminator capsule, process rectangle, decision diamond) in the column of its first actor, arrows from
/// each step to the next, and for decisions a "Ya" arrow down and a "Tidak" arrow to the step named in the notes.
/// <code>
///   col 0      col 1      col 2
///  ( Mulai )                        row 0
///      |------&gt;[ proses ]          row 1
///                  &lt;?&gt;--Tidak--+   row 2
///                   | Ya         |
/// </code>
/// Each shape is a <c>g.step</c> with <c>data-step</c>, <c>data-actor</c> and <c>data-column</c>, so tests and
/// readers can check placement. Steps without an actor get a dashed shape in the previous step's column.
/// </summary>
public static partial class FlowchartSvg
{
    public sealed record Layout(double ColumnWidth, IReadOnlyList<double> RowHeights)
    {
        public double Width(int columns) => ColumnWidth * Math.Max(1, columns);
        public double Top(int row) => RowHeights.Take(row).Sum();
        public double Height => RowHeights.Sum();
    }

    public const double DefaultColumnWidth = 100;
    public const double DefaultRowHeight = 64;

    public static Layout DefaultLayout(SopDocument sop) =>
        new(DefaultColumnWidth, sop.Steps.Select(_ => DefaultRowHeight).ToList());

    public static string Render(SopDocument sop, Layout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(sop);
        layout ??= DefaultLayout(sop);
        var actors = sop.Actors.Count > 0 ? sop.Actors : [""];
        var w = layout.ColumnWidth;
        var width = layout.Width(actors.Count);
        var height = Math.Max(layout.Height, 1);
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" width=\"{width:0.#}\" height=\"{height:0.#}\" viewBox=\"0 0 {width:0.#} {height:0.#}\" role=\"img\" aria-label=\"Diagram alir\">"));
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#222\"/></marker></defs>");
        svg.Append("<style>.shape{fill:#fff;stroke:#222;stroke-width:1.4}.unassigned .shape{stroke-dasharray:4 3;stroke:#b3261e}.link{fill:none;stroke:#222;stroke-width:1.2}.label{font:10px sans-serif;fill:#222}.grid{stroke:#bbb;stroke-width:1}.co{fill:#222}</style>");
        for (var c = 1; c < actors.Count; c++)
        {
            svg.Append(Inv($"<line class=\"grid\" x1=\"{c * w:0.#}\" y1=\"0\" x2=\"{c * w:0.#}\" y2=\"{height:0.#}\"/>"));
        }
        var placed = Place(sop, actors);
        // connectors first, shapes on top
        for (var i = 0; i + 1 < placed.Count; i++)
        {
            var (a, b) = (placed[i], placed[i + 1]);
            var (x1, y1) = (Cx(a.Column, w), Cy(i, layout) + Half(a.Shape));
            var (x2, y2) = (Cx(b.Column, w), Cy(i + 1, layout) - Half(b.Shape));
            var path = a.Column == b.Column
                ? Inv($"M{x1:0.#},{y1:0.#} V{y2:0.#}")
                : Inv($"M{x1:0.#},{y1:0.#} V{layout.Top(i + 1) + 8:0.#} H{x2:0.#} V{y2:0.#}");
            svg.Append(Inv($"<path class=\"link next\" data-from=\"{i + 1}\" data-to=\"{i + 2}\" d=\"{path}\" marker-end=\"url(#arrow)\"/>"));
            if (a.Shape == StepShape.Decision)
            {
                svg.Append(Inv($"<text class=\"label yes\" x=\"{x1 + 4:0.#}\" y=\"{y1 + 11:0.#}\">Ya</text>"));
            }
        }
        for (var i = 0; i < placed.Count; i++)
        {
            if (placed[i].Shape != StepShape.Decision)
            {
                continue;
            }
            var target = NoTarget(sop.Steps[i].Notes, sop.Steps);
            var xr = Cx(placed[i].Column, w) + DecisionHalfWidth;
            var y = Cy(i, layout);
            var lane = width - 6;
            if (target is { } t && t != i + 1)
            {
                var tx = Cx(placed[t].Column, w) + HalfWidth(placed[t].Shape);
                var ty = Cy(t, layout);
                svg.Append(Inv($"<path class=\"link no\" data-from=\"{i + 1}\" data-to=\"{t + 1}\" d=\"M{xr:0.#},{y:0.#} H{lane:0.#} V{ty:0.#} H{tx:0.#}\" marker-end=\"url(#arrow)\"/>"));
            }
            else
            {
                svg.Append(Inv($"<path class=\"link no\" data-from=\"{i + 1}\" d=\"M{xr:0.#},{y:0.#} H{Math.Min(lane, xr + 26):0.#}\" marker-end=\"url(#arrow)\"/>"));
            }
            svg.Append(Inv($"<text class=\"label no\" x=\"{xr + 3:0.#}\" y=\"{y - 4:0.#}\">Tidak</text>"));
        }
        for (var i = 0; i < placed.Count; i++)
        {
            var p = placed[i];
            var step = sop.Steps[i];
            var (cx, cy) = (Cx(p.Column, w), Cy(i, layout));
            svg.Append(Inv($"<g class=\"step{(p.Assigned ? "" : " unassigned")}\" data-step=\"{i + 1}\" data-no=\"{step.No}\" data-column=\"{p.Column}\" data-actor=\"{Text.H(p.Assigned ? actors[p.Column] : "")}\" data-shape=\"{p.Shape.ToString().ToLowerInvariant()}\">"));
            svg.Append("<title>").Append(Text.H(step.Activity)).Append("</title>");
            svg.Append(p.Shape switch
            {
                StepShape.Terminator => Inv($"<rect class=\"shape terminator\" x=\"{cx - 34:0.#}\" y=\"{cy - 13:0.#}\" width=\"68\" height=\"26\" rx=\"13\" ry=\"13\"/>"),
                StepShape.Decision => Inv($"<polygon class=\"shape decision\" points=\"{cx:0.#},{cy - 18:0.#} {cx + DecisionHalfWidth:0.#},{cy:0.#} {cx:0.#},{cy + 18:0.#} {cx - DecisionHalfWidth:0.#},{cy:0.#}\"/>"),
                _ => Inv($"<rect class=\"shape process\" x=\"{cx - 34:0.#}\" y=\"{cy - 14:0.#}\" width=\"68\" height=\"28\"/>"),
            });
            svg.Append(Inv($"<text class=\"label no-label\" x=\"{cx:0.#}\" y=\"{cy + 3.5:0.#}\" text-anchor=\"middle\">{step.No?.ToString(CultureInfo.InvariantCulture) ?? ""}</text>"));
            foreach (var other in p.CoColumns)
            {
                // a step performed by several actors: a line to a dot in each other actor's column
                svg.Append(Inv($"<line class=\"link co-link\" x1=\"{cx + 34:0.#}\" y1=\"{cy:0.#}\" x2=\"{Cx(other, w):0.#}\" y2=\"{cy:0.#}\" stroke-dasharray=\"3 2\"/>"));
                svg.Append(Inv($"<circle class=\"co\" data-actor=\"{Text.H(actors[other])}\" cx=\"{Cx(other, w):0.#}\" cy=\"{cy:0.#}\" r=\"4\"/>"));
            }
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private const double DecisionHalfWidth = 28;

    private sealed record Placed(int Column, StepShape Shape, bool Assigned, IReadOnlyList<int> CoColumns);

    private static List<Placed> Place(SopDocument sop, IReadOnlyList<string> actors)
    {
        var placed = new List<Placed>();
        for (var i = 0; i < sop.Steps.Count; i++)
        {
            var step = sop.Steps[i];
            var columns = step.Actors
                .Select(a => actors.ToList().FindIndex(x => string.Equals(x, a, StringComparison.OrdinalIgnoreCase)))
                .Where(c => c >= 0).Distinct().ToList();
            var shape = step.Shape ?? (i == 0 || i == sop.Steps.Count - 1 ? StepShape.Terminator : StepShape.Process);
            placed.Add(columns.Count == 0
                ? new Placed(i == 0 ? 0 : placed[i - 1].Column, shape, false, [])
                : new Placed(columns[0], shape, true, columns.Skip(1).ToList()));
        }
        return placed;
    }

    /// <summary>The step index a decision's "Tidak" goes to: "Tidak: ... (langkah 1)" or "kembali ke langkah 1".</summary>
    internal static int? NoTarget(string? notes, IReadOnlyList<Step> steps)
    {
        if (notes is null)
        {
            return null;
        }
        var no = NoBranch().Match(notes);
        if (!no.Success)
        {
            return null;
        }
        var step = StepNumber().Match(no.Groups[1].Value);
        if (!step.Success || !int.TryParse(step.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }
        var index = steps.ToList().FindIndex(s => s.No == n);
        return index >= 0 ? index : null;
    }

    private static double Cx(int column, double w) => column * w + w / 2;
    private static double Cy(int row, Layout layout) => layout.Top(row) + layout.RowHeights[row] / 2;
    private static double Half(StepShape shape) => shape == StepShape.Decision ? 18 : 14;
    private static double HalfWidth(StepShape shape) => shape == StepShape.Decision ? DecisionHalfWidth : 34;
    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:tidak(?:\s+sesuai)?|tidak\s+lengkap)\s*:([^;]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoBranch();

    [GeneratedRegex(@"langkah\s+(\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepNumber();
}
