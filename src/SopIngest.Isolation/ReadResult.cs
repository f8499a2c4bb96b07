using SopIngest.Core.Model;

namespace SopIngest.Isolation;

/// <summary>What a reader process gives back for a document: the SOP and the document's pages (see <see cref="ReadPage"/>).</summary>
public sealed record ReadResult(SopDocument Sop, IReadOnlyList<ReadPage> Pages);
