namespace SopIngest.Pdf.Safety;

/// <summary>An indirect reference, <c>12 0 R</c>.</summary>
internal readonly record struct PdfRef(long Number, long Generation);
