namespace SopIngest.Tesseract;

/// <summary>
/// One text line as Tesseract segmented it, its words left to right. <see cref="Block"/> and
/// <see cref="Paragraph"/> number Tesseract's blocks and paragraphs on the page from 0, so lines of one
/// table cell or one column can be told apart from their neighbours.
/// </summary>
public sealed record OcrLine(string Text, OcrBox Box, IReadOnlyList<OcrWord> Words, int Block, int Paragraph);
