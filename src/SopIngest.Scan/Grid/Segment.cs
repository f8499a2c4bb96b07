namespace SopIngest.Scan.Grid;

/// <summary>
/// A straight ruling candidate. For a horizontal segment <see cref="Position"/> is its y and Start/End
/// its x extent; for a vertical one Position is x and Start/End its y extent.
/// </summary>
internal sealed record Segment(bool IsHorizontal, double Position, double Start, double End, double Thickness)
{
    public double Length => End - Start;

    /// <summary>Share of [from, to] this segment covers.</summary>
    public double Covers(double from, double to) =>
        to <= from ? 0 : Math.Max(0, Math.Min(End, to) - Math.Max(Start, from)) / (to - from);
}
