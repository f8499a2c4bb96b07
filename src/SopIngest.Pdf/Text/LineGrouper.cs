using SopIngest.Core.Layout;

namespace SopIngest.Pdf.Text;

/// <summary>
/// Groups words into lines in reading order: words that overlap vertically share a line, lines go top
/// to bottom and words left to right. Outside tables a wide gap splits a line, so that text side by side
/// (a signature block at the right) does not run together.
/// </summary>
internal static class LineGrouper
{
    public static IReadOnlyList<TextLine> Group(IEnumerable<Word> words, int page, LineOptions options, bool splitAtGaps)
    {
        var rows = new List<List<Word>>();
        var extents = new List<(double Top, double Bottom)>();
        // Words come top first, so a line that ends above the current word's top can take no more words:
        // only the lines still open are compared, which keeps a page of many short lines linear.
        var open = new List<int>();
        foreach (var word in words.Where(w => w.Box is not null).OrderBy(w => w.Box!.Value.Y).ThenBy(w => w.Box!.Value.X))
        {
            var box = word.Box!.Value;
            var best = -1;
            var bestOverlap = 0.0;
            open.RemoveAll(i => extents[i].Bottom <= box.Y);
            foreach (var i in open)
            {
                var overlap = Math.Min(extents[i].Bottom, box.Bottom) - Math.Max(extents[i].Top, box.Y);
                var smaller = Math.Min(extents[i].Bottom - extents[i].Top, box.Height);
                if (smaller > 0 && overlap >= options.MinVerticalOverlap * smaller && overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0)
            {
                open.Add(rows.Count);
                rows.Add([word]);
                extents.Add((box.Y, box.Bottom));
            }
            else
            {
                rows[best].Add(word);
                extents[best] = (Math.Min(extents[best].Top, box.Y), Math.Max(extents[best].Bottom, box.Bottom));
            }
        }
        // Rows top to bottom; the pieces of a row split at a gap stay together, left to right, even when a
        // piece at the right sits a little higher (a label and its value in a larger font).
        var lines = new List<TextLine>();
        foreach (var row in rows.OrderBy(r => r.Min(w => w.Box!.Value.Y)))
        {
            row.Sort((a, b) => a.Box!.Value.X.CompareTo(b.Box!.Value.X));
            lines.AddRange((splitAtGaps ? Split(row, options) : [row]).Select(l => TextLine.FromWords(l, page)));
        }
        return lines;
    }

    private static IEnumerable<List<Word>> Split(List<Word> row, LineOptions options)
    {
        var height = row.Select(w => w.Box!.Value.Height).Order().ElementAt(row.Count / 2);
        var current = new List<Word> { row[0] };
        for (var i = 1; i < row.Count; i++)
        {
            if (row[i].Box!.Value.X - row[i - 1].Box!.Value.Right > options.MaxGapInHeights * height)
            {
                yield return current;
                current = [];
            }
            current.Add(row[i]);
        }
        yield return current;
    }
}
