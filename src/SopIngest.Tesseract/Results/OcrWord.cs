namespace SopIngest.Tesseract;

/// <summary>One recognised word with its box and Tesseract's confidence, scaled to 0..1.</summary>
public sealed record OcrWord(string Text, OcrBox Box, double Confidence);
