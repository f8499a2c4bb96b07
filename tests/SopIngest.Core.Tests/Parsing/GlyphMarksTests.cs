using SopIngest.Core.Layout;
using SopIngest.Core.Parsing;

namespace SopIngest.Core.Tests.Parsing;

public class GlyphMarksTests
{
    [Theory]
    [InlineData("[]", MarkKind.Shape)]
    [InlineData("[ ]", MarkKind.Shape)]
    [InlineData("☐", MarkKind.Process)]
    [InlineData("◇", MarkKind.Decision)]
    [InlineData("↓ Ya → Tidak", MarkKind.Decision)]
    [InlineData("Mulai", MarkKind.Terminator)]
    [InlineData("→ Selesai", MarkKind.Terminator)]
    [InlineData("⬭", MarkKind.Terminator)]
    [InlineData("→", MarkKind.Arrow)]
    [InlineData("↓", MarkKind.Arrow)]
    public void Read_finds_the_mark(string text, MarkKind kind) => Assert.Contains(GlyphMarks.Read(text), m => m.Kind == kind);

    [Theory]
    [InlineData("")]
    [InlineData("Lembar disposisi")]
    public void Read_finds_nothing_in_plain_text(string text) => Assert.Empty(GlyphMarks.Read(text));
}
