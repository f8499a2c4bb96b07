using SopIngest.Core.Layout;

namespace SopIngest.Scan.Assembly;

/// <summary>
/// Groups OCR words into text lines: a word joins a line when their vertical middles are within half a
/// line height; lines read top to bottom, words left to right. Outside tables a wide horizontal gap also
/// ends a line (the signature block beside a stamp, a right-aligned date beside a caption).
/// </summary>
internal static class LineGrouper
{
    // A gap wider than this many word heights separates two lines on the same baseline.
    private const double ColumnGap = 4;

    public static IReadOnlyList<TextLine> Group(IEnumerable<Word> words, int page, bool splitOnGaps)
    {
        var rows = new List<List<Word>>();
        foreach (var word in words.Where(w => w.Box is not null).OrderBy(w => w.Box!.Value.CenterY))
        {
            var box = word.Box!.Value;
            // Measured against the row's typical word, not its tallest: a stamp remnant or a signature stroke read as a
            // tall "word" would otherwise draw the next line into its row ("NIP. Pembina 199303 Utama ...").
            var row = rows.LastOrDefault(r => Math.Abs(Middle(r) - box.CenterY) <= 0.5 * Reach(Height(r), box.Height));
            if (row is null)
            {
                rows.Add([word]);
            }
            else
            {
                row.Add(word);
            }
        }
        var lines = new List<TextLine>();
        foreach (var row in rows.OrderBy(Middle))
        {
            var ordered = row.OrderBy(w => w.Box!.Value.X).ToList();
            var current = new List<Word> { ordered[0] };
            for (var i = 1; i < ordered.Count; i++)
            {
                var previous = ordered[i - 1].Box!.Value;
                var next = ordered[i].Box!.Value;
                if (splitOnGaps && next.X - previous.Right > ColumnGap * Math.Max(previous.Height, next.Height))
                {
                    lines.Add(TextLine.FromWords(current, page));
                    current = [];
                }
                current.Add(ordered[i]);
            }
            lines.Add(TextLine.FromWords(current, page));
        }
        return lines;
    }

    /// <summary>The line height a word is measured by: the row's typical word, or the word, at most half as tall again.</summary>
    private static double Reach(double row, double word) => Math.Max(row, Math.Min(word, TallWord * row));

    // A word taller than this many typical words of its row is not a letter-sized word.
    private const double TallWord = 1.5;

    private static double Middle(List<Word> row) => Median(row, w => w.Box!.Value.CenterY);

    private static double Height(List<Word> row) => Median(row, w => w.Box!.Value.Height);

    private static double Median(List<Word> row, Func<Word, double> value)
    {
        if (row.Count == 1)
        {
            return value(row[0]);
        }
        var values = row.Select(value).Order().ToList();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}
