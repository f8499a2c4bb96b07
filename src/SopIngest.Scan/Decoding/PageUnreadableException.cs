namespace SopIngest.Scan.Decoding;

/// <summary>One page cannot be read (broken image, too large, rasteriser failed); the others still can.</summary>
internal sealed class PageUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
