using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Web.Extraction;

/// <summary>The engine with every reader (exports, digital PDF, scans), built once per process.</summary>
public sealed class EngineExtractor(SopEngine engine) : IDocumentExtractor
{
    public Task<SopDocument> ExtractAsync(DocumentInput input, CancellationToken cancellationToken) =>
        engine.Extractor.ExtractAsync(input, null, cancellationToken);
}
