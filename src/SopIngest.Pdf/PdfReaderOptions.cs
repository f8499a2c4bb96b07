namespace SopIngest.Pdf;

/// <summary>
/// Limits and tolerances of <see cref="PdfTextReader"/>. Lengths are in PDF points (1/72 inch). The limits
/// keep a hostile file from holding a worker: a real SOP has 2 to 10 pages and a few thousand paths.
/// </summary>
public sealed record PdfReaderOptions
{
    /// <summary>More pages than this is refused as too large (an SOP is a handful of pages).</summary>
    public int MaxPages { get; init; } = 300;

    /// <summary>
    /// A page with more vector paths than this keeps its text but gets no table or shape analysis
    /// (and a flag): the grid search is quadratic in the number of ruling lines.
    /// </summary>
    public int MaxPathsPerPage { get; init; } = 20_000;

    /// <summary>Ruling lines kept per page after merging; beyond it the page is read as plain text.</summary>
    public int MaxRulingsPerPage { get; init; } = 4_000;

    /// <summary>Closed outlines (symbol candidates) kept per page; beyond it the page gets no shape analysis.</summary>
    public int MaxOutlinesPerPage { get; init; } = 2_000;

    /// <summary>Pages <see cref="PdfTextLayer.HasUsableText"/> looks at before it answers.</summary>
    public int TextProbePages { get; init; } = 3;

    /// <summary>Letters (not digits or punctuation) the probed pages must carry to count as a text layer.</summary>
    public int MinLetters { get; init; } = 20;

    /// <summary>What a PDF may ask of PdfPig before it is refused as hostile (also used by the scan reader, see SopEngine).</summary>
    public PdfLimits Limits { get; init; } = new();

    /// <summary>Table grid tolerances.</summary>
    public GridOptions Grid { get; init; } = new();

    /// <summary>Flowchart shape tolerances.</summary>
    public ShapeOptions Shapes { get; init; } = new();

    /// <summary>Line grouping tolerances.</summary>
    public LineOptions Lines { get; init; } = new();

    /// <summary>Checks the values once, at start-up.</summary>
    public PdfReaderOptions Validate()
    {
        if (MaxPages <= 0 || MaxPathsPerPage <= 0 || MaxRulingsPerPage <= 0 || MaxOutlinesPerPage <= 0 || TextProbePages <= 0 || MinLetters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPages), "PDF reader limits must be positive.");
        }
        Limits.Validate();
        Grid.Validate();
        Shapes.Validate();
        Lines.Validate();
        return this;
    }
}
