using System.Globalization;

namespace SopIngest.Web.Storage;

/// <summary>
/// The blob layout. Everything derived from an original is keyed by the original's SHA-256, so two uploads
/// of one file share their blobs and a re-run overwrites the same keys instead of adding new ones.
/// <code>
/// originals/{sha256}            the file as uploaded
/// pages/{sha256}/{n:0000}.png   page images for the review screen (1-based, by source page number)
/// pages/{sha256}/pages.json     their geometry: each page's size in flag-box units and the image's pixels (PageGeometry)
/// results/{sha256}.json         the extraction result (SopJson)
/// </code>
/// </summary>
public static class BlobKeys
{
    public static string Original(string sha256) => $"originals/{sha256}";

    public static string PageImage(string sha256, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"pages/{sha256}/{page:0000}.png");

    public static string PageGeometry(string sha256) => $"pages/{sha256}/pages.json";

    public static string Result(string sha256) => $"results/{sha256}.json";
}
