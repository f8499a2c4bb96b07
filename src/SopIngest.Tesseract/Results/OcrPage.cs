namespace SopIngest.Tesseract;

/// <summary>
/// Everything read from one image, detached from the engine: <see cref="Text"/> exactly as the <c>tesseract</c>
/// CLI prints it, and the lines and words with boxes in image pixels. <see cref="MeanConfidence"/> is Tesseract's
/// mean word confidence, 0..1 (0 for a page without text).
/// </summary>
public sealed record OcrPage(int Width, int Height, string Text, double MeanConfidence, IReadOnlyList<OcrLine> Lines)
{
    public IEnumerable<OcrWord> Words => Lines.SelectMany(l => l.Words);
}
