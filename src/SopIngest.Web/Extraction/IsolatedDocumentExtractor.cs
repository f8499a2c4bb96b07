using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Isolation;

namespace SopIngest.Web.Extraction;

/// <summary>
/// The engine with every reader (exports, digital PDF, scans), run in this worker's reader processes: a document that
/// crashes or exhausts its reader fails alone (<see cref="UnreadableDocumentException"/>), the worker lives on.
/// </summary>
public sealed class IsolatedDocumentExtractor(IsolatedExtractor readers) : IDocumentExtractor
{
    public Task<SopDocument> ExtractAsync(DocumentInput input, CancellationToken cancellationToken) =>
        readers.ExtractAsync(input, null, cancellationToken);
}
