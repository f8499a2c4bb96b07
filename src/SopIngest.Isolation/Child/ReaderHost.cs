using System.Text;
using System.Text.Json;
using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.Isolation.Protocol;

namespace SopIngest.Isolation.Child;

/// <summary>
/// The reader process (<c>sopingest-reader</c>): builds the engine its host asks for, then reads one document per
/// <see cref="ReadMessage"/> until stdin closes. Everything about the document's outcome is sent back as a frame; only
/// what kills the process (a stack overflow, a native crash, a limit) is left for the host to see from outside.
/// </summary>
public static class ReaderHost
{
    /// <summary>Documents as large as the engine accepts (ExtractionOptions.MaxBytes) and some.</summary>
    private const long MaxDocumentBytes = 1L << 30;

    /// <summary>Runs the reader on this process's stdin and stdout; returns the exit code.</summary>
    public static async Task<int> RunAsync()
    {
        var (input, output) = ProtocolStreams.Take();
        ParentWatch.Start();
        using var channel = new FrameChannel(input, output, MaxDocumentBytes);
        if (await channel.ReadAsync(CancellationToken.None).ConfigureAwait(false) is not { Message: StartMessage start })
        {
            await Console.Error.WriteLineAsync("sopingest-reader: the first frame must be a start message; this program is started by sopingest and the service, not by hand.").ConfigureAwait(false);
            return 2;
        }
        using var engine = SopEngine.Create(start.Engine);
        AddressSpaceLimit.Apply(start.AddressSpaceHeadroomBytes);
        await channel.WriteAsync(new Frame(new ReadyMessage(Environment.ProcessId)), CancellationToken.None).ConfigureAwait(false);
        while (await channel.ReadAsync(CancellationToken.None).ConfigureAwait(false) is { } frame)
        {
            if (frame.Message is not ReadMessage read)
            {
                await Console.Error.WriteLineAsync($"sopingest-reader: unexpected {frame.Message.GetType().Name}").ConfigureAwait(false);
                return 2;
            }
            var reply = await ReadAsync(engine.Extractor, channel, read, frame.Single(Attachment.Document)).ConfigureAwait(false);
            await channel.WriteAsync(reply, CancellationToken.None).ConfigureAwait(false);
            // Between documents the reader gives back what the document left: page images whose native memory waits for a
            // finaliser, large arrays the collector has not yet returned. The host's memory watch measures what stays.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            if (reply.Message is FailureMessage { Kind: FailureKind.OutOfMemory })
            {
                return 3; // the heap may be in any state: the host starts a fresh reader
            }
        }
        return 0;
    }

    private static async Task<Frame> ReadAsync(SopExtractor extractor, FrameChannel channel, ReadMessage read, ReadOnlyMemory<byte> content)
    {
        var input = DocumentInput.Create(read.FileName, content);
        var progress = new FrameProgress(channel, read.Id);
        try
        {
            if (read.Kind == ReadKind.Layout)
            {
                var layout = await extractor.ReadLayoutAsync(input, progress).ConfigureAwait(false);
                return new Frame(new ResultMessage(read.Id), [new Attachment(Attachment.Layout, JsonSerializer.SerializeToUtf8Bytes(layout, SopJson.Options))]);
            }
            // Read, then recognise, split, parse and validate: the steps of SopExtractor.ExtractAllAsync, keeping the pages'
            // geometry and images.
            var document = await extractor.ReadLayoutAsync(input, progress).ConfigureAwait(false);
            var extraction = SopExtractor.FinishAll(input, document, read.Split);
            return new Frame(new ResultMessage(read.Id), [
                .. extraction.Sops.Select(sop => new Attachment(Attachment.Sop, Encoding.UTF8.GetBytes(SopJson.Serialize(sop)))),
                .. PageAttachments(document.Pages)]);
        }
        catch (UnreadableDocumentException e)
        {
            return Failure(read.Id, FailureKind.Unreadable, e.Reason, e.Message, e);
        }
        catch (OutOfMemoryException e)
        {
            return Failure(read.Id, FailureKind.OutOfMemory, null, e.Message, e);
        }
        catch (Exception e)
        {
            return Failure(read.Id, FailureKind.Error, null, e.Message, e);
        }
    }

    /// <summary>The pages' geometry, then each page image the reader kept, in page order.</summary>
    private static IEnumerable<Attachment> PageAttachments(IReadOnlyList<Core.Layout.LayoutPage> pages)
    {
        var entries = pages.Select(p => p.Image is { } image
            ? new PageEntry(p.Number, p.Width, p.Height, image.MediaType, image.Width, image.Height)
            : new PageEntry(p.Number, p.Width, p.Height)).ToList();
        yield return new Attachment(Attachment.Pages, JsonSerializer.SerializeToUtf8Bytes(entries, ProtocolJson.Options));
        foreach (var page in pages)
        {
            if (page.Image is { } image)
            {
                yield return new Attachment(Attachment.PageImage, image.Content);
            }
        }
    }

    private static Frame Failure(long id, FailureKind kind, UnreadableReason? reason, string message, Exception e) =>
        new(new FailureMessage(id, kind, reason, message, e.GetType().FullName, e.ToString()));
}
