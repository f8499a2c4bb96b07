using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Text;

/// <summary>
/// Joins the lines of a cell that the renderer wrapped, so a cell's lines are its paragraphs and list
/// items, as other readers give them. A PDF does not say whether a line ended at a break or because it was
/// full; the test is the one a typesetter makes: had the next line's first word fitted on this line, the
/// line ended at a break.
/// <code>
///  |PEMERINTAH KABUPATEN    |   "KAPUAS" would not fit after "KABUPATEN": wrapped, joined
///  |KAPUAS HULU             |   "BADAN" would fit after "HULU": a break, kept
///  |BADAN PERENCANAAN       |
/// </code>
/// Only continuations that look like one (lower-case start, or capitals after capitals) are joined, and
/// never a line that starts a list item, so an unnumbered list whose items fill the width stays a list.
/// </summary>
internal static class WrapJoiner
{
    private static readonly string[] ListMarkers = ["-", "•", "*", "–", "·"];

    public static IReadOnlyList<TextLine> Join(IReadOnlyList<TextLine> lines, Box cell, LineOptions options)
    {
        if (lines.Count < 2)
        {
            return lines;
        }
        var padding = Math.Clamp(lines.Min(l => l.Box!.Value.X - cell.X), 0, cell.Width / 4);
        var available = cell.Width - 2 * padding;
        var joined = new List<TextLine> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = joined[^1];
            var line = lines[i];
            if (IsWrap(lines[i - 1], line, available, options))
            {
                joined[^1] = TextLine.FromWords([.. previous.Words, .. line.Words], previous.Page);
            }
            else
            {
                joined.Add(line);
            }
        }
        return joined;
    }

    private static bool IsWrap(TextLine above, TextLine below, double available, LineOptions options)
    {
        var a = above.Box!.Value;
        var b = below.Box!.Value;
        var height = Math.Min(a.Height, b.Height);
        if (b.Y - a.Bottom > options.ParagraphGapInHeights * height)
        {
            return false;
        }
        var first = below.Words[0];
        var space = options.SpaceInHeights * height;
        if (a.Width + space + first.Box!.Value.Width <= available)
        {
            return false;
        }
        var text = first.Text;
        if (ListMarkers.Any(m => text.StartsWith(m, StringComparison.Ordinal)) || char.IsDigit(text[0]) && text.TrimEnd('.', ')').All(char.IsDigit))
        {
            return false;
        }
        return char.IsLower(text[0]) || (IsCapitals(above.Text) && IsCapitals(below.Text));
    }

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
