namespace SopIngest.Pdf;

/// <summary>What <see cref="PdfTextLayer.Inspect(ReadOnlyMemory{byte})"/> found in a PDF.</summary>
public enum PdfTextLayerStatus
{
    /// <summary>The first pages carry real text: a digital PDF for <see cref="PdfTextReader"/>.</summary>
    Text,
    /// <summary>Readable, but no text on the first pages (or no pages): a scan, for OCR.</summary>
    NoText,
    /// <summary>Password-protected: neither reader can open it; the user must remove the password.</summary>
    Encrypted,
    /// <summary>Not a readable PDF at all.</summary>
    Unreadable,
    /// <summary>Passes a <see cref="PdfLimits"/> limit (a decompression bomb, forms that draw themselves): not read at all.</summary>
    Refused,
}
