using System.Text.Json;

namespace SopIngest.Benchmarks.Corpus;

/// <summary>
/// The words a perfect OCR would find, taken from the text values of an expected JSON. Normalised values that
/// the page does not print (ISO dates, <c>kind</c>, <c>shape</c>, <c>unit</c>, flags, source) are left out.
/// </summary>
internal static class ExpectedWords
{
    private static readonly HashSet<string> NotPrinted = new(StringComparer.Ordinal)
    {
        "schemaVersion", "value", "kind", "shape", "unit", "flags", "source", "year", "subject", "nip",
    };

    public static IReadOnlyList<string> From(string expectedJsonPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(expectedJsonPath));
        var words = new List<string>();
        Collect(json.RootElement, words);
        return words;
    }

    /// <summary>Lower-case words of 3 or more letters or digits: short tokens match by chance.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        foreach (var raw in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = new string(raw.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            if (token.Length >= 3)
            {
                yield return token;
            }
        }
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '/', '-', '(', ')', ',', ';', ':', '.'];

    private static void Collect(JsonElement element, List<string> words)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!NotPrinted.Contains(property.Name))
                    {
                        Collect(property.Value, words);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, words);
                }
                break;
            case JsonValueKind.String:
                words.AddRange(Tokens(element.GetString()!));
                break;
        }
    }
}
