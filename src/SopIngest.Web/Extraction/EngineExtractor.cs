using SopIngest.Core.Pipeline;
using SopIngest.Engine;

namespace SopIngest.Web.Extraction;

/// <summary>
/// The engine with every reader (exports, digital PDF, scans), built once per process: read, then parse and validate
/// (<see cref="SopExtractor.Finish"/>, the same steps as <see cref="SopExtractor.ExtractAsync"/>), keeping each page's size
/// and the scan reader's page raster for the review screen.
/// </summary>
public sealed class EngineExtractor(SopEngine engine) : IDocumentExtractor
{
    public async Task<Extraction> ExtractAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        var layout = await engine.Extractor.ReadLayoutAsync(input, null, cancellationToken).ConfigureAwait(false);
        var sop = SopExtractor.Finish(input, layout);
        return new Extraction(sop, layout.Pages.Select(p => new ExtractedPage(p.Number, p.Width, p.Height, p.Image)).ToList());
    }
}
