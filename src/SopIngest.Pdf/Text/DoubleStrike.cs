using UglyToad.PdfPig.Content;

namespace SopIngest.Pdf.Text;

/// <summary>
/// Fake bold: a word drawn twice, the second copy shifted a fraction of a point, so that read letter by letter
/// it comes out doubled ("PPiinnddaaii" for "Pindai"). A letter that repeats one of the letters just drawn, at
/// nearly the same place, is that copy and is dropped.
/// </summary>
internal static class DoubleStrike
{
    /// <summary>How many letters back a copy is looked for: the copy follows its letter, its word or its line.</summary>
    private const int Lookback = 32;

    /// <param name="letters">The page's letters in drawing order.</param>
    /// <param name="toleranceInEm">How far apart, in font sizes, a letter and its copy may be drawn.</param>
    public static IReadOnlyList<Letter> Collapse(IReadOnlyList<Letter> letters, double toleranceInEm)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var kept = new List<Letter>(letters.Count);
        foreach (var letter in letters)
        {
            if (!IsCopy(letter, kept, toleranceInEm))
            {
                kept.Add(letter);
            }
        }
        return kept.Count == letters.Count ? letters : kept;
    }

    private static bool IsCopy(Letter letter, IReadOnlyList<Letter> before, double toleranceInEm)
    {
        if (string.IsNullOrWhiteSpace(letter.Value))
        {
            return false;
        }
        var tolerance = toleranceInEm * Math.Max(letter.PointSize, 1);
        for (var k = before.Count - 1; k >= 0 && k >= before.Count - Lookback; k--)
        {
            var other = before[k];
            if (other.Value == letter.Value &&
                Math.Abs(other.StartBaseLine.X - letter.StartBaseLine.X) <= tolerance &&
                Math.Abs(other.StartBaseLine.Y - letter.StartBaseLine.Y) <= tolerance)
            {
                return true;
            }
        }
        return false;
    }
}
