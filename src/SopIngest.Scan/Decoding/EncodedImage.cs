namespace SopIngest.Scan.Decoding;

/// <summary>One page image still in its file format (PNG, JPEG, TIFF bytes) with its resolution when known.</summary>
internal sealed record EncodedImage(byte[] Bytes, double? Dpi);
