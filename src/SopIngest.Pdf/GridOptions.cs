namespace SopIngest.Pdf;

/// <summary>
/// How ruling lines become a table grid. A table border is either a thin filled rectangle (Chromium
/// draws every cell side that way) or a stroked straight line.
/// </summary>
public sealed record GridOptions
{
    /// <summary>A filled rectangle at most this thick is a ruling line, not a shape.</summary>
    public double MaxRulingThickness { get; init; } = 2.5;

    /// <summary>Shorter straight pieces (dots, arrowhead sides) are not rulings.</summary>
    public double MinRulingLength { get; init; } = 3;

    /// <summary>Rulings whose centre lines are this close share one grid line.</summary>
    public double AlignTolerance { get; init; } = 1.5;

    /// <summary>
    /// Collinear pieces separated by at most this gap are one line: cell sides meet end to end, and a
    /// connector is cut where it crosses a cell border (each cell draws its own piece).
    /// </summary>
    public double JoinGap { get; init; } = 2.5;

    /// <summary>
    /// An end of a line this close to another line touches it; wide enough to bridge the spacing of a table
    /// drawn with separate cell borders.
    /// </summary>
    public double TouchTolerance { get; init; } = 3;

    /// <summary>Grid lines closer than this are one edge (no real cell is narrower).</summary>
    public double MinCellSize { get; init; } = 4;

    /// <summary>
    /// A separator between two grid slots exists when rulings cover at least this share of the slot side;
    /// below it the two slots are one spanned cell.
    /// </summary>
    public double SeparatorCoverage { get; init; } = 0.5;

    /// <summary>An inner grid line must run along at least this share of its table; shorter is a leftover connector.</summary>
    public double MinEdgeShare { get; init; } = 0.2;

    /// <summary>A grid of more slots than this is a drawing (hatching, a chart), not a table.</summary>
    public int MaxSlots { get; init; } = 20_000;

    internal void Validate()
    {
        if (MaxRulingThickness <= 0 || MinRulingLength <= 0 || AlignTolerance <= 0 || JoinGap < 0 || TouchTolerance <= 0 || MinCellSize <= 0 ||
            SeparatorCoverage is <= 0 or > 1 || MaxSlots <= 0 || MinEdgeShare is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(GridOptions), "Grid tolerances must be positive (coverage in 0..1].");
        }
    }
}
