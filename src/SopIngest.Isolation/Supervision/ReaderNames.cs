using SopIngest.Core.Pipeline;

namespace SopIngest.Isolation.Supervision;

/// <summary>Which reader a document goes to, by its media type, as messages name it ("the PDF reader crashed ...").</summary>
internal static class ReaderNames
{
    public static string For(string mediaType) => mediaType switch
    {
        MediaTypes.Pdf => "PDF reader",
        MediaTypes.Markdown => "Markdown reader",
        MediaTypes.Html => "HTML reader",
        MediaTypes.Text => "text reader",
        _ when MediaTypes.IsImage(mediaType) => "scan reader",
        _ => "reader",
    };
}
