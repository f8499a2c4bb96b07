using SopIngest.Core.Model;

namespace SopIngest.Isolation;

/// <summary>
/// What a reader process gives back for a document: the SOPs it holds, in page order (several for an SOP book, each with
/// its page range), and the document's pages (see <see cref="ReadPage"/>).
/// </summary>
public sealed record ReadResult(IReadOnlyList<SopDocument> Sops, IReadOnlyList<ReadPage> Pages);
