namespace SopIngest.Tesseract;

/// <summary>How Tesseract splits the image into blocks and lines before reading (the CLI's <c>--psm</c>).</summary>
public enum PageSegMode
{
    /// <summary>Orientation and script detection only; needs <c>osd.traineddata</c>.</summary>
    OsdOnly = 0,
    /// <summary>Automatic segmentation with orientation and script detection; needs <c>osd.traineddata</c>.</summary>
    AutoOsd = 1,
    /// <summary>Automatic segmentation without OSD and without recognition.</summary>
    AutoOnly = 2,
    /// <summary>Fully automatic segmentation without OSD (Tesseract's default).</summary>
    Auto = 3,
    /// <summary>One column of text of variable sizes.</summary>
    SingleColumn = 4,
    /// <summary>One uniform block of vertically aligned text.</summary>
    SingleBlockVertText = 5,
    /// <summary>One uniform block of text: a table cell.</summary>
    SingleBlock = 6,
    /// <summary>The image is one text line.</summary>
    SingleLine = 7,
    /// <summary>The image is one word.</summary>
    SingleWord = 8,
    /// <summary>One word in a circle.</summary>
    CircleWord = 9,
    /// <summary>The image is one character.</summary>
    SingleChar = 10,
    /// <summary>As much text as possible in no particular order: scattered labels, flowchart pages.</summary>
    SparseText = 11,
    /// <summary><see cref="SparseText"/> with orientation and script detection.</summary>
    SparseTextOsd = 12,
    /// <summary>One text line, bypassing Tesseract's own line heuristics.</summary>
    RawLine = 13,
}
