using SopIngest.Pdf;

namespace SopIngest.Scan;

/// <summary>
/// Limits and tuning of the scan reader. Defaults were measured on the OCR part of the dev corpus
/// (200-250 dpi office scans, 150 dpi-equivalent phone photos, 1-bit scans); validated once at start.
/// </summary>
public sealed record ScanOptions
{
    /// <summary>Resolution for rasterising PDF pages that are not a single embedded image.</summary>
    public int RasterDpi { get; init; } = 300;

    /// <summary>
    /// Largest accepted page image, in pixels, checked from the file header before decoding (decompression
    /// bombs). A4 at 600 dpi is 35 Mpx; 60 Mpx of 8-bit grey is 60 MB per page while it is worked on.
    /// </summary>
    public long MaxPixels { get; init; } = 60_000_000;

    /// <summary>
    /// Image dimensions: a side longer than this is refused from the header, before decoding (a 1 x 60,000,000 strip
    /// passes <see cref="MaxPixels"/>). A0 at 300 dpi is 14,043 px.
    /// </summary>
    public int MaxImageSide { get; init; } = 30_000;

    /// <summary>
    /// Pixels of all pages decoded at once: a multi-page TIFF is decoded whole, so its pages together are held to this
    /// (100 A4 pages at 240 dpi are 550 Mpx). Checked from the headers before decoding.
    /// </summary>
    public long MaxTotalPixels { get; init; } = 600_000_000;

    /// <summary>
    /// What a PDF may ask of PdfPig before it is refused; <see cref="SopIngest.Pdf.PdfReaderOptions.Limits"/> is passed
    /// here by the engine so one setting governs both PDF readers.
    /// </summary>
    public PdfLimits PdfLimits { get; init; } = new();

    /// <summary>Most pages read from one document; an SOP has 2 to 10, a 2,000-page upload is a mistake.</summary>
    public int MaxPages { get; init; } = 100;

    /// <summary>Pages of one document read at the same time (one Tesseract engine each); defaults to the core count.</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long poppler's pdftoppm may take for one page before the page counts as unreadable.</summary>
    public TimeSpan RasterTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The pdftoppm executable (apt package poppler-utils); a bare name is looked up on PATH.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Tesseract language(s); Indonesian first, English for the loan words and abbreviations.</summary>
    public string Language { get; init; } = "ind";

    /// <summary>
    /// Pages are scaled to this resolution for layout and OCR. Measured on the dev corpus (OCR family score,
    /// reading every cell): 200 dpi 80, 240 dpi 91.5, 270 dpi 85, 300 dpi 83. Scaling 150 dpi photos up to 300
    /// blurs bold headers so much that Tesseract returns nothing for them ("No").
    /// </summary>
    public int OcrDpi { get; init; } = 240;

    /// <summary>
    /// Most pixels a page is prepared at: A4 at 240 dpi is 5.6 Mpx, small print scaled up for OCR rarely 14; past this the
    /// page is read at a lower resolution rather than held several times over at tens of megapixels.
    /// </summary>
    public long MaxPreparedPixels { get; init; } = 10_000_000;

    /// <summary>Words below this confidence (0..1) are dropped as noise (speckles, stamp rings, scribbles).</summary>
    public double MinWordConfidence { get; init; } = 0.10;

    /// <summary>How long Tesseract may work on one page before the page counts as unreadable.</summary>
    public TimeSpan OcrTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// A page whose sureness (confidence of words of three letters or more, per word read, 0..1) comes out
    /// below this may lie turned: Tesseract's orientation detection is asked which way, and the page is read
    /// again turned upright (or, when the detection is unsure, turned by 180, 90 and 270 degrees), and the
    /// surest read kept. Upright corpus pages score 0.6-0.85 (step numbers and durations are short words);
    /// sideways pages far less.
    /// </summary>
    public double OrientationRetrySureness { get; init; } = 0.45;

    /// <summary>
    /// Orientation detection (OSD) confidence from which its answer is taken, the other turns then left untried
    /// (and an unsure page it calls upright not re-read at all). Text pages, upright or turned, score 9-17 here.
    /// </summary>
    public double MinOrientationConfidence { get; init; } = 5;

    /// <summary>Largest skew (degrees) the deskew stage corrects; larger angles are left to orientation.</summary>
    public double MaxSkewDegrees { get; init; } = 6;

    /// <summary>
    /// A ruling line must be at least this share of the page's longer side, as a morphological kernel, to
    /// count as a table line rather than a letter stroke.
    /// </summary>
    public double MinRulingFraction { get; init; } = 0.025;

    /// <summary>
    /// A page's declared resolution is kept while it is within this factor of the resolution the paper implies (an A4
    /// page's longer side, 11.7 in); past it the print decides which of the two is right (see <c>Resolution</c>).
    /// </summary>
    public double DeclaredDpiTolerance { get; init; } = 1.3;

    /// <summary>The print's own estimate replaces the others when they are more than this factor off it (a cropped image).</summary>
    public double PrintOverrideRatio { get; init; } = 3;

    /// <summary>
    /// The print's own estimate replaces the others when it is this factor lower (letters this much smaller than body
    /// text for the page's resolution): the page is then scaled by its letters, small print scaled up for OCR.
    /// </summary>
    public double SmallPrintRatio { get; init; } = 1.25;

    /// <summary>
    /// Height of an SOP's letters, inches: the 75th percentile of letter-sized ink components on a page (body text
    /// with its capitals and ascenders). Measured 0.084-0.11 on the dev corpus' scans and the real office scans.
    /// </summary>
    public double LetterHeightInches { get; init; } = 0.095;

    /// <summary>Letter-sized components a page needs before its print is a witness of its resolution.</summary>
    public int MinLettersForResolution { get; init; } = 150;

    /// <summary>The range of resolutions a scan may be taken to have; estimates beyond it are clamped.</summary>
    public double MinScanDpi { get; init; } = 50;

    /// <inheritdoc cref="MinScanDpi"/>
    public double MaxScanDpi { get; init; } = 1200;

    /// <summary>
    /// A pixel is coloured ink when its channels spread at least this far (0..255): blue, purple and red stamp ink
    /// 25-150 (a scanner app's enhancement leaves a stamp pale), black print and grey paper under 20 even in JPEG scans.
    /// </summary>
    public int MinInkChroma { get; init; } = 24;

    /// <summary>A pixel whose brightest channel is at most this (0..255) is print whatever its tint: black under a stamp or pen.</summary>
    public int MaxPrintLevel { get; init; } = 90;

    /// <summary>
    /// Coloured ink this long (inches) and half as wide or more is a stamp or a signature and is taken off the page for OCR;
    /// smaller coloured pieces are handwriting or coloured print and stay. An office stamp is about 1.5 in across.
    /// </summary>
    public double StampMinInches { get; init; } = 0.6;

    /// <summary>
    /// Grey level (0..255, paper evened out to white) below which a pixel may belong to a ruling: thin rulings that
    /// print faint or scan light are mid grey, left out of the text's binarisation.
    /// </summary>
    public int FaintLineLevel { get; init; } = 225;

    /// <summary>
    /// Keep each page's prepared raster (straightened, scaled to <see cref="OcrDpi"/>: the pixels its boxes are in) as a
    /// PNG on the layout page (<c>LayoutPage.Image</c>), for a host that shows pages beside their flags. Off for the CLI:
    /// an A4 page at 240 dpi costs 30-40 ms to encode and about 1 MB.
    /// </summary>
    public bool KeepPageImages { get; init; }

    public ScanOptions Validate()
    {
        if (RasterDpi is < 72 or > 1200 || OcrDpi is < 72 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(RasterDpi), "RasterDpi and OcrDpi must be between 72 and 1200.");
        }
        if (MaxPixels <= 0 || MaxPages <= 0 || Parallelism <= 0 || MaxImageSide <= 0 || MaxTotalPixels < MaxPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPixels),
                "MaxPixels, MaxPages, MaxImageSide and Parallelism must be positive, MaxTotalPixels at least MaxPixels.");
        }
        PdfLimits.Validate();
        if (RasterTimeout <= TimeSpan.Zero || OcrTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RasterTimeout), "RasterTimeout and OcrTimeout must be positive.");
        }
        if (string.IsNullOrWhiteSpace(PdftoppmPath) || string.IsNullOrWhiteSpace(Language))
        {
            throw new ArgumentException("PdftoppmPath and Language must be set.", nameof(PdftoppmPath));
        }
        if (MaxPreparedPixels < 1_000_000 || DeclaredDpiTolerance < 1 || PrintOverrideRatio < 1 || SmallPrintRatio < 1 || LetterHeightInches <= 0 || MinLettersForResolution < 1 ||
            MinScanDpi <= 0 || MaxScanDpi < MinScanDpi || MinInkChroma is < 1 or > 255 || MaxPrintLevel is < 0 or > 255 || StampMinInches <= 0 ||
            FaintLineLevel is < 1 or > 254)
        {
            throw new ArgumentOutOfRangeException(nameof(DeclaredDpiTolerance), "A resolution or ink separation setting is out of range.");
        }
        if (MinWordConfidence is < 0 or > 1 || OrientationRetrySureness is < 0 or > 1 || MinOrientationConfidence < 0 || MaxSkewDegrees is < 0 or > 45 || MinRulingFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinWordConfidence), "A threshold is out of range.");
        }
        return this;
    }
}
