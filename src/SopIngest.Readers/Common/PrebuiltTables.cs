using SopIngest.Core.Layout;

namespace SopIngest.Readers.Common;

/// <summary>
/// Tables a reader built without the HTML parser, and the document's HTML with each of them replaced by its
/// numbered placeholder (<see cref="HtmlLayoutBuilder.Placeholder"/>), in order.
/// </summary>
internal sealed record PrebuiltTables(string Html, IReadOnlyList<TableBlock> Tables);
