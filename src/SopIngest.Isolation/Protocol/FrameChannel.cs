using System.Buffers.Binary;
using System.Text.Json;

namespace SopIngest.Isolation.Protocol;

/// <summary>
/// Frames over a pair of streams (a reader process's stdin and stdout). Writes are serialised, so progress from
/// several page threads and the final result never interleave; reads are for one reader at a time. The limits
/// protect each side from the other: a header or attachment larger than they allow is a protocol error, not an
/// allocation.
/// </summary>
internal sealed class FrameChannel(Stream input, Stream output, long maxAttachmentBytes) : IDisposable
{
    /// <summary>Larger headers than this are refused; a header carries names, numbers and messages only.</summary>
    public const int MaxHeaderBytes = 4 * 1024 * 1024;

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly byte[] _prefix = new byte[4];

    /// <summary>The next frame, or null when the other side closed the stream between frames.</summary>
    /// <exception cref="EndOfStreamException">The stream ended inside a frame (the other side died writing).</exception>
    /// <exception cref="InvalidDataException">The bytes are not a frame.</exception>
    public async Task<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!await FillAsync(_prefix, allowEnd: true, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(_prefix);
        if (length is <= 0 or > MaxHeaderBytes)
        {
            throw new InvalidDataException($"A frame header of {length} bytes is not valid (at most {MaxHeaderBytes}).");
        }
        var json = new byte[length];
        await FillAsync(json, allowEnd: false, cancellationToken).ConfigureAwait(false);
        var header = JsonSerializer.Deserialize<FrameHeader>(json, ProtocolJson.Options)
                     ?? throw new InvalidDataException("A frame header is null.");
        var attachments = new List<Attachment>(header.Attachments.Count);
        foreach (var part in header.Attachments)
        {
            if (part.Length < 0 || part.Length > maxAttachmentBytes || part.Length > Array.MaxLength)
            {
                throw new InvalidDataException($"An attachment of {part.Length} bytes is over the limit of {maxAttachmentBytes}.");
            }
            var bytes = new byte[part.Length];
            await FillAsync(bytes, allowEnd: false, cancellationToken).ConfigureAwait(false);
            attachments.Add(new Attachment(part.Name, bytes));
        }
        return new Frame(header.Message, attachments);
    }

    public async Task WriteAsync(Frame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var header = new FrameHeader(frame.Message, [.. frame.Attachments.Select(a => new FrameHeader.Part(a.Name, a.Content.Length))]);
        var json = JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options);
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, json.Length);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await output.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
            await output.WriteAsync(json, cancellationToken).ConfigureAwait(false);
            foreach (var attachment in frame.Attachments)
            {
                await output.WriteAsync(attachment.Content, cancellationToken).ConfigureAwait(false);
            }
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>For callers on threads that must not wait asynchronously (progress reports from page threads).</summary>
    public void Write(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var header = new FrameHeader(frame.Message, [.. frame.Attachments.Select(a => new FrameHeader.Part(a.Name, a.Content.Length))]);
        var json = JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options);
        Span<byte> prefix = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(prefix, json.Length);
        _writeGate.Wait();
        try
        {
            output.Write(prefix);
            output.Write(json);
            foreach (var attachment in frame.Attachments)
            {
                output.Write(attachment.Content.Span);
            }
            output.Flush();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<bool> FillAsync(Memory<byte> buffer, bool allowEnd, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await input.ReadAsync(buffer[read..], cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                if (read == 0 && allowEnd)
                {
                    return false;
                }
                throw new EndOfStreamException($"The stream ended {read} bytes into a {buffer.Length}-byte part of a frame.");
            }
            read += n;
        }
        return true;
    }

    public void Dispose() => _writeGate.Dispose();
}
