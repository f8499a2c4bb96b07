using System.Globalization;
using System.Text.Json;

namespace SopIngest.Web.Store;

/// <summary>
/// "What changed" between two revisions: both SOPs flattened to leaf paths ('steps[2].actors[0]') and compared.
/// Leaf level keeps the record readable for a reviewer without storing a second copy of the document.
/// </summary>
public static class RevisionDiff
{
    public static IReadOnlyList<FieldChange> Compare(string? beforeJson, string afterJson)
    {
        ArgumentNullException.ThrowIfNull(afterJson);
        var before = beforeJson is null ? new Dictionary<string, string?>() : Flatten(beforeJson);
        var after = Flatten(afterJson);
        var changes = new List<FieldChange>();
        foreach (var path in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(path, out var was);
            after.TryGetValue(path, out var now);
            if (!string.Equals(was, now, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(path, was, now));
            }
        }
        return changes;
    }

    private static Dictionary<string, string?> Flatten(string json)
    {
        using var document = JsonDocument.Parse(json);
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(document.RootElement, "", leaves);
        return leaves;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string?> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", leaves);
                }
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), leaves);
                }
                break;
            case JsonValueKind.Null:
                leaves[path] = null;
                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString();
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }
}
