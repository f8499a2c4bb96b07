namespace SopIngest.Benchmarks.Corpus;

/// <summary>One OCR-family corpus document: its page images and the words its expected JSON says it holds.</summary>
internal sealed record OcrDocument(string Name, string Format, IReadOnlyList<PageImage> Pages, IReadOnlyList<string> ExpectedWords);
