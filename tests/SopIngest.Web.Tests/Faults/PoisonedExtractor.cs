using SopIngest.Core.Pipeline;
using SopIngest.Web.Extraction;

namespace SopIngest.Web.Tests.Faults;

/// <summary>
/// Wraps the real extractor; a document whose name contains "poison" throws every time, the way a reader bug
/// on one odd file would. Everything else goes to the real engine.
/// </summary>
internal sealed class PoisonedExtractor(IDocumentExtractor inner) : IDocumentExtractor
{
    public Task<Extraction.Extraction> ExtractAsync(DocumentInput input, CancellationToken cancellationToken) =>
        input.FileName.Contains("poison", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException("Reader crashed on this document (test poison).")
            : inner.ExtractAsync(input, cancellationToken);
}
