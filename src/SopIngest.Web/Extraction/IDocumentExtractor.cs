using SopIngest.Core.Pipeline;

namespace SopIngest.Web.Extraction;

/// <summary>
/// What a job calls to turn an original into an SOP (and its pages' geometry and images). The seam lets a host wrap
/// extraction (metrics, fault injection in the service's tests) without touching the engine. Same contract as
/// <see cref="SopExtractor.ExtractAsync"/>: <see cref="UnreadableDocumentException"/> is permanent, anything
/// else is treated as transient.
/// </summary>
public interface IDocumentExtractor
{
    Task<Extraction> ExtractAsync(DocumentInput input, CancellationToken cancellationToken);
}
