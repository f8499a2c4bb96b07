namespace SopIngest.Isolation.Protocol;

/// <summary>The JSON part of a frame on the wire: the message and the names and lengths of the bytes that follow.</summary>
internal sealed record FrameHeader(ReaderMessage Message, IReadOnlyList<FrameHeader.Part> Attachments)
{
    public sealed record Part(string Name, long Length);
}
