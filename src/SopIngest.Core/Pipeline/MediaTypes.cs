namespace SopIngest.Core.Pipeline;

/// <summary>Decides a document's media type from its first bytes, and from its name for text formats.</summary>
public static class MediaTypes
{
    public const string Pdf = "application/pdf";
    public const string Markdown = "text/markdown";
    public const string Html = "text/html";
    public const string Text = "text/plain";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Tiff = "image/tiff";
    public const string Unknown = "application/octet-stream";

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    public static bool IsImage(string mediaType) => mediaType is Png or Jpeg or Tiff;

    public static string Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        // Magic numbers win over names: a scan saved as ".md" is still a scan.
        if (head.StartsWith("%PDF-"u8) || (head.Length > 1024 ? head[..1024] : head).IndexOf("%PDF-"u8) >= 0)
        {
            return Pdf;
        }
        if (head.StartsWith(PngMagic))
        {
            return Png;
        }
        if (head.StartsWith(JpegMagic))
        {
            return Jpeg;
        }
        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return Tiff;
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".md" or ".markdown" => Markdown,
            ".html" or ".htm" or ".xhtml" => Html,
            ".txt" or ".text" => LooksLikeMarkup(head) ? Markdown : Text,
            ".pdf" => Pdf,
            ".png" => Png,
            ".jpg" or ".jpeg" => Jpeg,
            ".tif" or ".tiff" => Tiff,
            _ => LooksLikeHtml(head) ? Html : Unknown,
        };
    }

    /// <summary>
    /// Converters often save Markdown with HTML fragments under a .txt name (seeds 002, 004): read those as
    /// Markdown, which also understands plain text.
    /// </summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        var sample = System.Text.Encoding.UTF8.GetString(head.Length > 65536 ? head[..65536] : head);
        string[] markers = ["<b>", "<ol", "<li>", "<p ", "<p>", "<br", "<table", "**"];
        return markers.Any(m => sample.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var sample = System.Text.Encoding.UTF8.GetString(head.Length > 512 ? head[..512] : head);
        return sample.Contains("<html", StringComparison.OrdinalIgnoreCase) ||
               sample.Contains("<table", StringComparison.OrdinalIgnoreCase);
    }
}
