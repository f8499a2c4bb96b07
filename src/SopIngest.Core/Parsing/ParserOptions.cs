namespace SopIngest.Core.Parsing;

/// <summary>
/// The parser's thresholds, named. Defaults are the values measured on the development corpus and the real
/// sets; <see cref="Validate"/> runs once where the options are built. The procedure table's thresholds join
/// these when that parser takes options.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Similarity (1 - edit distance / length) from which an OCR-damaged label still matches ("Keterkanitan").</summary>
    public double LabelSimilarity { get; init; } = 0.8;

    /// <summary>Labels shorter than this (keys such as "no", "judul") must match exactly: a typo makes them another word.</summary>
    public int MinFuzzyLabelLength { get; init; } = 8;

    /// <summary>A line longer than this is never two section labels side by side (labels are at most four words).</summary>
    public int MaxLabelPairLength { get; init; } = 80;

    /// <summary>
    /// Fewest words in an export's line before it is searched for items run together without a marker
    /// ("Memahami ... Memahami ..."); shorter lines are one item.
    /// </summary>
    public int MinRunTogetherWords { get; init; } = 6;

    /// <summary>
    /// Mean OCR word confidence (0..1) under which an identity value that does not read as its kind (a number
    /// with its slashes and digits, a date) is taken as unreadable: null, so the validator flags it, rather
    /// than a line of noise.
    /// </summary>
    public double UnreadableValueConfidence { get; init; } = 0.6;

    /// <summary>
    /// OCR lines no longer than <see cref="SpeckleMaxLength"/> characters whose mean word confidence is under this
    /// are what a QR code, a signature or a stamp left in a front-matter cell, not text.
    /// </summary>
    public double SpeckleConfidence { get; init; } = 0.4;

    /// <summary>See <see cref="SpeckleConfidence"/>: longer lines are text however weakly read.</summary>
    public int SpeckleMaxLength { get; init; } = 16;

    /// <summary>OCR word confidence (0..1) from which a word of three letters or more is surely read.</summary>
    public double SureWordConfidence { get; init; } = 0.8;

    /// <summary>
    /// OCR word confidence (0..1) under which every word of a line must be for the line to be noise beside surely read
    /// lines (a QR code or a stamp read as text in a signature block). Printed words read with 0.8 and more.
    /// </summary>
    public double NoiseWordConfidence { get; init; } = 0.4;

    public static ParserOptions Default { get; } = new();

    public ParserOptions Validate()
    {
        if (LabelSimilarity is <= 0 or > 1 || UnreadableValueConfidence is < 0 or > 1 || SureWordConfidence is < 0 or > 1 ||
            NoiseWordConfidence is < 0 or > 1 || SpeckleConfidence is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(LabelSimilarity), "Similarities and confidences are between 0 and 1.");
        }
        if (MinFuzzyLabelLength < 1 || MaxLabelPairLength < 1 || MinRunTogetherWords < 2 || SpeckleMaxLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFuzzyLabelLength), "Lengths and word counts must be positive.");
        }
        return this;
    }
}
