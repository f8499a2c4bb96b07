using System.Text.Json.Serialization;

namespace SopIngest.Core.Model;

/// <summary>Where the SOP came from and how its text was obtained.</summary>
public sealed record SourceInfo(string FileName, string Sha256, string MediaType, int? Pages, ExtractionMethod Method,
    double? MeanConfidence = null)
{
    /// <summary>[first, last]: the 1-based pages holding this SOP when the file holds several SOPs; null when it is the whole file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? PageRange { get; init; }

    public static SourceInfo Unknown { get; } =
        new("", new string('0', 64), "application/octet-stream", null, ExtractionMethod.Text);
}

public enum ExtractionMethod { Markdown, Html, Text, PdfText, Ocr }
