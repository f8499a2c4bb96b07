namespace SopIngest.Core.Layout;

/// <summary>One word as a reader saw it; box and confidence (0..1) are known for PDF and OCR input.</summary>
public sealed record Word(string Text, Box? Box = null, double? Confidence = null);
