namespace SopIngest.Benchmarks.Corpus;

/// <summary>An encoded page image as the document carries it, with its resolution when the source tells it.</summary>
internal sealed record PageImage(int Number, byte[] Encoded, int? Dpi);
