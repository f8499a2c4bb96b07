using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Core.Parsing;

/// <summary>
/// The parser's result: the SOP and, per field path ('title', 'steps[2].duration'), the source lines
/// the value was read from, so validation can point a reviewer at the page and box.
/// </summary>
public sealed record ParsedSop(SopDocument Document, IReadOnlyDictionary<string, IReadOnlyList<TextLine>> Evidence);
