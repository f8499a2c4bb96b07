using SopIngest.Core.Layout;

namespace SopIngest.Readers.Common;

/// <summary>
/// Reads the flowchart symbol out of the names word processors give shapes
/// ("Flowchart_x003a__x0020_Terminator_x0020_2", "Elbow_x0020_Connector_x0020_1").
/// </summary>
internal static class ShapeNames
{
    public static MarkKind? Classify(string shapeName)
    {
        var name = shapeName.Replace("_x0020_", " ", StringComparison.Ordinal)
            .Replace("_x003a_", ":", StringComparison.Ordinal);
        if (Has(name, "Off-page") || Has(name, "Offpage") || Has(name, "Off page"))
        {
            return MarkKind.OffPage;
        }
        if (Has(name, "Connector") || Has(name, "Arrow") || Has(name, "Line"))
        {
            return MarkKind.Arrow;
        }
        if (Has(name, "Terminator") || Has(name, "Alternate Process") || Has(name, "Rounded"))
        {
            return MarkKind.Terminator;
        }
        if (Has(name, "Decision") || Has(name, "Diamond"))
        {
            return MarkKind.Decision;
        }
        if (Has(name, "Process") || Has(name, "Rectangle"))
        {
            return MarkKind.Process;
        }
        return Has(name, "Flowchart") ? MarkKind.Shape : null;
    }

    /// <summary>
    /// Word's preset shape types (<c>type="#_x0000_t116"</c>), for shapes saved without a descriptive name.
    /// </summary>
    public static MarkKind? ClassifyType(string type)
    {
        var at = type.LastIndexOf("_t", StringComparison.Ordinal);
        if (at < 0 || !int.TryParse(type.AsSpan(at + 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }
        return number switch
        {
            116 or 176 => MarkKind.Terminator,
            109 or 1 => MarkKind.Process,
            110 or 4 => MarkKind.Decision,
            177 => MarkKind.OffPage,
            32 or 33 or 34 or 38 or 20 => MarkKind.Arrow,
            >= 109 and <= 135 => MarkKind.Shape,
            _ => null,
        };
    }

    private static bool Has(string name, string part) => name.Contains(part, StringComparison.OrdinalIgnoreCase);
}
