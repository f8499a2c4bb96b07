using SopIngest.Core.Layout;

namespace SopIngest.Pdf;

/// <summary>How words become lines.</summary>
public sealed record LineOptions
{
    /// <summary>Two words are on one line when their vertical overlap is at least this share of the smaller word.</summary>
    public double MinVerticalOverlap { get; init; } = 0.5;

    /// <summary>
    /// Outside tables, a horizontal gap wider than this many word heights splits a line: the signature block
    /// at the right and text at the left are separate lines even at the same height.
    /// </summary>
    public double MaxGapInHeights { get; init; } = 4;

    /// <summary>A blank gap taller than this many line heights between two lines is a paragraph break.</summary>
    public double ParagraphGapInHeights { get; init; } = 0.9;

    /// <summary>The width of a space, in line heights, used when testing whether a word would have fitted.</summary>
    public double SpaceInHeights { get; init; } = 0.3;

    /// <summary>
    /// A letter drawn again this close (in font sizes) to the same letter is fake bold's second stroke, not a
    /// second letter (<see cref="Text.DoubleStrike"/>).
    /// </summary>
    public double DoubleStrikeInEm { get; init; } = 0.15;

    internal WrapTolerances Wrap => new(ParagraphGapInHeights, SpaceInHeights);

    internal void Validate()
    {
        if (MinVerticalOverlap is <= 0 or > 1 || MaxGapInHeights <= 0 || ParagraphGapInHeights <= 0 || SpaceInHeights < 0 || DoubleStrikeInEm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LineOptions), "Line tolerances must be positive (overlap in 0..1].");
        }
    }
}
