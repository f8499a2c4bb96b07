using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Pipeline;

/// <summary>
/// A file extracted: the SOPs it holds, in page order (one for most files; several for an SOP book, each with its
/// <see cref="SourceInfo.PageRange"/>), and the layout they were parsed from (its pages' geometry and images).
/// </summary>
public sealed record SopExtraction(IReadOnlyList<SopDocument> Sops, LayoutDocument Layout);
