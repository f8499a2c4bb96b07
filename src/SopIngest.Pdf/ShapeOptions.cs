namespace SopIngest.Pdf;

/// <summary>How closed vector outlines in actor cells become flowchart marks.</summary>
public sealed record ShapeOptions
{
    /// <summary>Outlines smaller than this on both sides are dots or arrowheads, not symbols.</summary>
    public double MinSize { get; init; } = 6;

    /// <summary>
    /// Outlines larger than this on either side are frames or cell borders, never a symbol (their sides are
    /// used as ruling lines instead).
    /// </summary>
    public double MaxSize { get; init; } = 150;

    /// <summary>Points closer than this are one vertex when a polygon is simplified.</summary>
    public double VertexTolerance { get; init; } = 0.8;

    /// <summary>A side is axis-aligned when its slope stays within this many points over its length.</summary>
    public double AxisTolerance { get; init; } = 0.8;

    /// <summary>A rectangle whose sides lie this close to grid lines is a cell border, not a process box.</summary>
    public double GridSnap { get; init; } = 2.5;

    /// <summary>A rounded outline at least this much wider than tall is a capsule (terminator).</summary>
    public double CapsuleAspect { get; init; } = 1.3;

    /// <summary>
    /// Short words beside a decision diamond (Ya / Tidak) within this distance of it belong to the
    /// diamond's cell even when they stick out over the cell border.
    /// </summary>
    public double BranchLabelReach { get; init; } = 14;

    /// <summary>Only words this short are branch labels ("Ya", "Tidak", "Y", "T").</summary>
    public int BranchLabelMaxLength { get; init; } = 5;

    /// <summary>A round outline holding a word with more letters than this is a terminator, not a connector circle.</summary>
    public int ConnectorLabelMaxLetters { get; init; } = 2;

    internal void Validate()
    {
        if (MinSize <= 0 || MaxSize <= MinSize || VertexTolerance <= 0 || AxisTolerance <= 0 || GridSnap <= 0 ||
            CapsuleAspect <= 1 || BranchLabelReach < 0 || BranchLabelMaxLength < 0 || ConnectorLabelMaxLetters < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ShapeOptions), "Shape tolerances must be positive and MaxSize > MinSize.");
        }
    }
}
