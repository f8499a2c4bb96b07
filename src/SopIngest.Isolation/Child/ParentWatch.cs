using SopIngest.Isolation.Interop;

namespace SopIngest.Isolation.Child;

/// <summary>
/// Ends the reader when its host is gone. A busy reader (a document in a loop) never reads stdin, so it would not see
/// the pipe close; when the host dies the kernel gives the reader a new parent, which this notices within a second.
/// (PR_SET_PDEATHSIG is no help: it fires when the host's thread that started the reader ends, and .NET starts
/// processes from pool threads that come and go.)
/// </summary>
internal static class ParentWatch
{
    public static void Start()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var parent = LibC.GetParentProcessId();
        var thread = new Thread(() =>
        {
            while (LibC.GetParentProcessId() == parent)
            {
                Thread.Sleep(1000);
            }
            Environment.Exit(4);
        })
        {
            IsBackground = true,
            Name = "sopingest-reader parent watch",
        };
        thread.Start();
    }
}
