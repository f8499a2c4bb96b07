using System.Globalization;
using AngleSharp.Dom;
using SopIngest.Core.Layout;

namespace SopIngest.Readers.Common;

/// <summary>
/// Classifies an inline &lt;svg&gt; flowchart symbol: a rect with rounded corners is a terminator, a plain
/// rect a process, a four-point polygon a decision, a five-point one an off-page connector; an svg of
/// lines only is a connector passing through.
/// </summary>
internal static class SvgShapes
{
    public static Mark Classify(IElement svg)
    {
        var label = Core.Text.TextNormalizer.NullIfBlank(string.Join(' ', svg.QuerySelectorAll("text").Select(t => t.TextContent)));
        foreach (var element in svg.QuerySelectorAll("rect, polygon, ellipse, circle, path"))
        {
            switch (element.LocalName)
            {
                case "rect":
                    return new Mark(Number(element, "rx") > 0 || Number(element, "ry") > 0 ? MarkKind.Terminator : MarkKind.Process, label);
                case "ellipse":
                    return new Mark(MarkKind.Terminator, label);
                case "polygon":
                    var points = (element.GetAttribute("points") ?? "")
                        .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length / 2;
                    return new Mark(points == 4 ? MarkKind.Decision : points == 5 ? MarkKind.OffPage : MarkKind.Shape, label);
            }
        }
        return new Mark(MarkKind.Arrow, label);
    }

    private static double Number(IElement element, string attribute) =>
        double.TryParse(element.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
