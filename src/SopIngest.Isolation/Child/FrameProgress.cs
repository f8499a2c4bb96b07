using SopIngest.Core.Pipeline;
using SopIngest.Isolation.Protocol;

namespace SopIngest.Isolation.Child;

/// <summary>Sends page progress to the host as it happens, on the reporting thread (page threads of the scan reader).</summary>
internal sealed class FrameProgress(FrameChannel channel, long id) : IProgress<PageProgress>
{
    public void Report(PageProgress value)
    {
        try
        {
            channel.Write(new Frame(new ProgressMessage(id, value.Page, value.PageCount)));
        }
        catch (IOException)
        {
            // The host went away; the read loop finds out on its next frame.
        }
    }
}
