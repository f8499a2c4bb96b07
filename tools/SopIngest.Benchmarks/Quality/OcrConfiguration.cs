using SopIngest.Tesseract;

namespace SopIngest.Benchmarks.Quality;

/// <summary>One way of running Tesseract over the corpus pages.</summary>
internal sealed record OcrConfiguration(string Name, string Languages, PageSegMode Mode, bool UseSourceDpi = true);
