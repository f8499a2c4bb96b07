namespace SopIngest.Core.Pipeline;

/// <summary>A document as it arrived: its name, its bytes and the media type sniffed from them.</summary>
public sealed record DocumentInput(string FileName, ReadOnlyMemory<byte> Content, string MediaType)
{
    public static DocumentInput Create(string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return new DocumentInput(fileName, content, MediaTypes.Sniff(fileName, content.Span));
    }
}
