using SopIngest.Core.Pipeline;

namespace SopIngest.Engine;

/// <summary>Settings for the assembled extraction engine.</summary>
public sealed record EngineOptions
{
    public ExtractionOptions Extraction { get; init; } = new();
}
