using SopIngest.Core.Text;

namespace SopIngest.Core.Layout;

/// <summary>
/// Joins the lines of a cell that the renderer wrapped, so a cell's lines are its paragraphs and list
/// items, as other readers give them. A PDF does not say whether a line ended at a break or because it was
/// full; the test is the one the renderer made: had the next line's first word fitted on this line, the
/// line ended at a break.
/// <code>
///  |PEMERINTAH KABUPATEN    |   "KAPUAS" would not fit after "KABUPATEN": wrapped, joined
///  |KAPUAS HULU             |   "BADAN" would fit after "HULU": a break, kept
///  |BADAN PERENCANAAN       |
/// </code>
/// A line that starts a list item (a bullet or a number, or a bare number going on from the item above's: OCR
/// loses full stops) is never joined, nor one after a blank gap. A
/// line that ends in a hyphen is joined without a space ("perundang-" + "undangan"). Readers that place words
/// in table cells use it (the PDF text layer and the scans' OCR words), so both hand the parser a cell's
/// paragraphs, not its printed lines.
/// </summary>
public static class WrapJoiner
{
    /// <param name="lines">The cell's lines, top to bottom.</param>
    /// <param name="cell">The cell's box.</param>
    /// <param name="padding">
    /// The table's cell padding: the smallest gap between a cell's left side and its text, over the whole
    /// table. Taken per table because centred text (a header cell) does not show its own padding.
    /// </param>
    /// <param name="tolerances">What counts as a paragraph gap and as the width of a space.</param>
    public static IReadOnlyList<TextLine> Join(IReadOnlyList<TextLine> lines, Box cell, double padding, WrapTolerances tolerances)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(tolerances);
        if (lines.Count < 2)
        {
            return lines;
        }
        var available = cell.Width - 2 * padding;
        var joined = new List<TextLine> { lines[0] };
        var item = TextNormalizer.ItemNumber(lines[0].Text) ?? 0;
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = joined[^1];
            var line = lines[i];
            // Numbers whose full stop OCR lost ("3 Peraturan ...") start items when they go on counting.
            var next = item > 0 && TextNormalizer.BareItemNumber(line.Text) == item + 1;
            if (next)
            {
                item++;
            }
            else if (TextNormalizer.HasListMarker(line.Text) && TextNormalizer.ItemNumber(line.Text) is { } number)
            {
                item = number;
            }
            if (next || !IsWrap(lines[i - 1], line, available, tolerances))
            {
                joined.Add(line);
            }
            else if (previous.Words[^1].Text.EndsWith('-') && char.IsLower(line.Words[0].Text[0]))
            {
                var last = previous.Words[^1];
                var first = line.Words[0];
                var word = new Word(last.Text + first.Text, Box.UnionAll([last.Box, first.Box]));
                joined[^1] = TextLine.FromWords([.. previous.Words.Take(previous.Words.Count - 1), word, .. line.Words.Skip(1)], previous.Page);
            }
            else
            {
                joined[^1] = TextLine.FromWords([.. previous.Words, .. line.Words], previous.Page);
            }
        }
        return joined;
    }

    /// <summary>
    /// A table's cell padding: the smallest gap between a cell's left side and the start of one of its lines, over
    /// all the table's cells (0 when no line starts inside its cell).
    /// </summary>
    public static double TablePadding(IEnumerable<(Box Cell, IReadOnlyList<TextLine> Lines)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var padding = double.MaxValue;
        foreach (var (cell, lines) in cells)
        {
            foreach (var line in lines)
            {
                var gap = line.Box!.Value.X - cell.X;
                if (gap >= 0 && gap < padding)
                {
                    padding = gap;
                }
            }
        }
        return padding == double.MaxValue ? 0 : padding;
    }

    private static bool IsWrap(TextLine above, TextLine below, double available, WrapTolerances options)
    {
        var a = above.Box!.Value;
        var b = below.Box!.Value;
        var height = Math.Min(a.Height, b.Height);
        if (b.Y - a.Bottom > options.ParagraphGapInHeights * height)
        {
            return false;
        }
        var first = below.Words[0];
        if (a.Width + options.SpaceInHeights * height + first.Box!.Value.Width <= available)
        {
            return false;
        }
        // A lone mark before a capital starts an item too: a bullet OCR read as ":" or ".", a number it lost.
        var mark = first.Text.Length == 1 && !char.IsLetterOrDigit(first.Text[0]) && below.Words.Count > 1 &&
                   char.IsUpper(below.Words[1].Text[0]);
        return !mark && !TextNormalizer.HasListMarker(below.Text);
    }
}

/// <summary>Tolerances of <see cref="WrapJoiner"/>, in line heights.</summary>
/// <param name="ParagraphGapInHeights">A blank gap taller than this many line heights between two lines is a paragraph break.</param>
/// <param name="SpaceInHeights">The width of a space, used when testing whether a word would have fitted.</param>
public sealed record WrapTolerances(double ParagraphGapInHeights = 0.9, double SpaceInHeights = 0.3);
