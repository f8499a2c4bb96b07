namespace SopIngest.Tesseract;

/// <summary>The unit a <see cref="ResultIterator"/> steps over, from largest to smallest.</summary>
public enum PageIteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}
