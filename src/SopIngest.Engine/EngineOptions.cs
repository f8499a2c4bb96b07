using SopIngest.Core.Pipeline;
using SopIngest.Pdf;
using SopIngest.Readers;
using SopIngest.Scan;

namespace SopIngest.Engine;

/// <summary>Settings for the assembled extraction engine.</summary>
public sealed record EngineOptions
{
    public ExtractionOptions Extraction { get; init; } = new();

    public PdfReaderOptions Pdf { get; init; } = new();

    public ScanOptions Scan { get; init; } = new();

    /// <summary>Limits of the Markdown and HTML readers (expansion, nesting).</summary>
    public ExportLimits Exports { get; init; } = new();

    /// <summary>Checks every reader's options once, at start-up.</summary>
    public EngineOptions Validate()
    {
        Extraction.Validate();
        Pdf.Validate();
        Scan.Validate();
        Exports.Validate();
        return this;
    }
}
