using System.IO.Pipes;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Isolation.Protocol;

namespace SopIngest.Isolation.Tests.Protocol;

/// <summary>Frames over a stream: what is written is read back, and broken or oversized input is refused, not allocated.</summary>
public sealed class FrameChannelTests
{
    private static async Task<Frame?> RoundTripAsync(Frame frame, long maxAttachmentBytes = 1 << 20)
    {
        using var buffer = new MemoryStream();
        using (var writer = new FrameChannel(Stream.Null, buffer, maxAttachmentBytes))
        {
            await writer.WriteAsync(frame, CancellationToken.None);
        }
        buffer.Position = 0;
        using var reader = new FrameChannel(buffer, Stream.Null, maxAttachmentBytes);
        return await reader.ReadAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_frame_comes_back_with_its_message_and_attachments_in_order()
    {
        var frame = new Frame(new ReadMessage(7, "sop.pdf", ReadKind.Sop),
            [new Attachment(Attachment.Document, new byte[] { 1, 2, 3 }), new Attachment("extra", Array.Empty<byte>()), new Attachment(Attachment.Document, new byte[] { 9 })]);

        var back = await RoundTripAsync(frame);

        Assert.NotNull(back);
        Assert.Equal(new ReadMessage(7, "sop.pdf", ReadKind.Sop), back.Message);
        Assert.Equal(["document", "extra", "document"], back.Attachments.Select(a => a.Name));
        Assert.Equal(new byte[] { 1, 2, 3 }, back.Single(Attachment.Document).ToArray());
        Assert.Equal([3, 1], back.All(Attachment.Document).Select(a => a.Length));
    }

    [Fact]
    public async Task Engine_options_survive_the_trip_to_the_reader()
    {
        var engine = new EngineOptions
        {
            Pdf = new() { Limits = new() { MaxFormNesting = 9999 } },
            Scan = new() { Parallelism = 3, OcrTimeout = TimeSpan.FromSeconds(42) },
            Extraction = new ExtractionOptions { MaxTextBytes = 1234 },
        };

        var back = (StartMessage)(await RoundTripAsync(new Frame(new StartMessage(engine, 77))))!.Message;

        Assert.Equal(9999, back.Engine.Pdf.Limits.MaxFormNesting);
        Assert.Equal(3, back.Engine.Scan.Parallelism);
        Assert.Equal(TimeSpan.FromSeconds(42), back.Engine.Scan.OcrTimeout);
        Assert.Equal(1234, back.Engine.Extraction.MaxTextBytes);
        Assert.Equal(77, back.AddressSpaceHeadroomBytes);
    }

    [Fact]
    public async Task A_failure_keeps_its_reason()
    {
        var failure = new FailureMessage(3, FailureKind.Unreadable, UnreadableReason.Encrypted, "x.pdf: password", "T", "detail");

        var back = await RoundTripAsync(new Frame(failure));

        Assert.Equal(failure, back!.Message);
    }

    [Fact]
    public async Task A_closed_stream_between_frames_reads_as_the_end()
    {
        using var reader = new FrameChannel(new MemoryStream(), Stream.Null, 1024);

        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_frame_is_an_error()
    {
        using var buffer = new MemoryStream();
        using (var writer = new FrameChannel(Stream.Null, buffer, 1024))
        {
            await writer.WriteAsync(new Frame(new ResultMessage(1), [new Attachment(Attachment.Sop, new byte[100])]), CancellationToken.None);
        }
        var cut = buffer.ToArray()[..^10];
        using var reader = new FrameChannel(new MemoryStream(cut), Stream.Null, 1024);

        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_attachment_over_the_limit_is_refused_before_it_is_read()
    {
        var frame = new Frame(new ResultMessage(1), [new Attachment(Attachment.Sop, new byte[2048])]);

        await Assert.ThrowsAsync<InvalidDataException>(() => RoundTripAsync(frame, maxAttachmentBytes: 1024));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(int.MaxValue)]
    public async Task A_header_length_out_of_range_is_refused(int length)
    {
        var bytes = BitConverter.GetBytes(length);
        using var reader = new FrameChannel(new MemoryStream(bytes), Stream.Null, 1024);

        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Progress_written_from_other_threads_never_interleaves_with_a_result()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        using var writer = new FrameChannel(Stream.Null, server, 1 << 20);
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => writer.Write(new Frame(new ProgressMessage(1, i, 200)))))
            .Append(writer.WriteAsync(new Frame(new ResultMessage(1), [new Attachment(Attachment.Sop, new byte[300_000])]), CancellationToken.None))
            .ToList();
        var reading = Task.Run(async () =>
        {
            using var reader = new FrameChannel(client, Stream.Null, 1 << 20);
            var frames = new List<Frame>();
            while (frames.Count < 201 && await reader.ReadAsync(CancellationToken.None) is { } frame)
            {
                frames.Add(frame);
            }
            return frames;
        });

        await Task.WhenAll(writes);
        var frames = await reading;

        Assert.Equal(200, frames.Count(f => f.Message is ProgressMessage));
        Assert.Equal(300_000, Assert.Single(frames, f => f.Message is ResultMessage).Single(Attachment.Sop).Length);
    }
}
