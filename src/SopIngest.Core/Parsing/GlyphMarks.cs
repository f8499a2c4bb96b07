using System.Text.RegularExpressions;
using SopIngest.Core.Layout;

namespace SopIngest.Core.Parsing;

/// <summary>
/// Reads the flowchart marks that text exports leave in actor cells: box glyphs (<c>[]</c>, <c>☐</c>,
/// <c>■</c>), diamonds (<c>◇</c>), terminator words (Mulai, Selesai, <c>⬭</c>) and arrows. "↓ Ya → Tidak"
/// is what a converter leaves of a decision diamond.
/// </summary>
public static partial class GlyphMarks
{
    public static IReadOnlyList<Mark> Read(string cellText)
    {
        ArgumentNullException.ThrowIfNull(cellText);
        var marks = new List<Mark>();
        var text = cellText.Trim();
        if (text.Length == 0)
        {
            return marks;
        }
        if (Terminator().Match(text) is { Success: true } t)
        {
            marks.Add(new Mark(MarkKind.Terminator, t.Value.Length > 1 ? t.Value : null));
        }
        if (Decision().IsMatch(text))
        {
            marks.Add(new Mark(MarkKind.Decision));
        }
        if (Process().IsMatch(text))
        {
            marks.Add(new Mark(MarkKind.Process));
        }
        if (UnknownBox().IsMatch(text))
        {
            marks.Add(new Mark(MarkKind.Shape));
        }
        if (Arrow().IsMatch(text))
        {
            marks.Add(new Mark(MarkKind.Arrow));
        }
        return marks;
    }

    [GeneratedRegex(@"\b(?:Mulai|Selesai|Start|Stop|Finish)\b|[⬭⊂⊃◯○⬬]", RegexOptions.IgnoreCase)]
    private static partial Regex Terminator();

    // Ya and Tidak together are a converter's remains of a diamond's two branches.
    [GeneratedRegex(@"[◇◆♦⬦⬥]|\bYa\b.*\bTidak\b|\bTidak\b.*\bYa\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"[☐□▭▯]")]
    private static partial Regex Process();

    [GeneratedRegex(@"\[\s*\]|[■▪▬█]")]
    private static partial Regex UnknownBox();

    [GeneratedRegex(@"[→←↓↑↗↘↙↖⇒⇐⇓⇑➔➜➝➞►▼◄▲]|-{1,2}>|<-{1,2}")]
    private static partial Regex Arrow();
}
