using SopIngest.Core.Pipeline;
using SopIngest.Isolation;

namespace SopIngest.Web.Extraction;

/// <summary>
/// The engine with every reader (exports, digital PDF, scans), run in this worker's reader processes: a document that
/// crashes or exhausts its reader fails alone (<see cref="UnreadableDocumentException"/>), the worker lives on. Each
/// page comes back with its size in box units and the scan reader's page raster for the review screen.
/// </summary>
public sealed class IsolatedDocumentExtractor(IsolatedExtractor readers) : IDocumentExtractor
{
    public async Task<Extraction> ExtractAsync(DocumentInput input, CancellationToken cancellationToken)
    {
        var read = await readers.ReadAsync(input, null, cancellationToken).ConfigureAwait(false);
        return new Extraction(read.Sop, read.Pages.Select(p => new ExtractedPage(p.Number, p.Width, p.Height, p.Image)).ToList());
    }
}
