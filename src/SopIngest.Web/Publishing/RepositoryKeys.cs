using System.Globalization;

namespace SopIngest.Web.Publishing;

/// <summary>
/// Where published versions live in the blob store; versions are never overwritten, so old ones stay readable.
/// <code>
/// repository/{sopId}/v{n}/sop.json          schema JSON (SopJson)
/// repository/{sopId}/v{n}/sop.md            Markdown
/// repository/{sopId}/v{n}/sop.html          print-ready HTML, SOP AP layout, SVG flowchart
/// repository/{sopId}/v{n}/publication.json  who, when, revision, override reason
/// </code>
/// </summary>
public static class RepositoryKeys
{
    public static string File(string sopId, int version, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"repository/{sopId}/v{version}/{name}");

    public const string Json = "sop.json";
    public const string Markdown = "sop.md";
    public const string Html = "sop.html";
    public const string Manifest = "publication.json";

    /// <summary>The download formats: file name -> content type.</summary>
    public static IReadOnlyDictionary<string, string> Formats { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["json"] = "application/json",
        ["md"] = "text/markdown; charset=utf-8",
        ["html"] = "text/html; charset=utf-8",
    };

    public static string FileName(string format) => format switch
    {
        "json" => Json,
        "md" => Markdown,
        "html" => Html,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "json, md or html"),
    };
}
