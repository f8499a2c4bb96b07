using SopIngest.Core.Layout;
using SopIngest.Core.Model;

namespace SopIngest.Readers.Common;

/// <summary>Wraps the blocks of a page-less export into a one-page layout document.</summary>
internal static class ExportLayout
{
    public static LayoutDocument Create(IReadOnlyList<Block> blocks, ExtractionMethod method, bool legacyEncoding)
    {
        var problems = legacyEncoding
            ? new[]
            {
                new Flag(FlagCode.UnreadableSource, "", FlagSeverity.Info,
                    "The file is not valid UTF-8; it was read as Windows-1252. Check accented characters and quotes."),
            }
            : [];
        if (blocks.Count == 0)
        {
            problems = [.. problems, new Flag(FlagCode.UnreadableSource, "", FlagSeverity.Error,
                "The file holds no readable text; check that it is the right document.")];
        }
        return new LayoutDocument([new LayoutPage(1, blocks)], method, PageCount: null) { Problems = problems };
    }
}
