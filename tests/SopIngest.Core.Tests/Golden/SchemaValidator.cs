using NJsonSchema;

namespace SopIngest.Core.Tests.Golden;

/// <summary>Validates JSON against the repository's copy of the output contract.</summary>
internal static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(Repo.Schema).GetAwaiter().GetResult());

    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
