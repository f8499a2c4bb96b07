using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SopIngest.Core.Model;

/// <summary>The one serialisation of the model: camelCase, enums as the schema's kebab-case words.</summary>
public static class SopJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            // Indonesian text stays readable in the files reviewers open; HTML-encoding happens where HTML is written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(SopDocument document) => JsonSerializer.Serialize(document, Options);

    public static SopDocument? Deserialize(string json) => JsonSerializer.Deserialize<SopDocument>(json, Options);
}
