using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using SopIngest.Isolation.Interop;

namespace SopIngest.Isolation.Child;

/// <summary>
/// The reader's end of the pipes. Frames go out on the process's original stdout, which is first copied to a new
/// descriptor; descriptor 1 is then pointed at stderr, so nothing else that prints to stdout (Console.Out, a native
/// library's printf) can ever put bytes into the middle of a frame.
/// </summary>
internal static class ProtocolStreams
{
    public static (Stream Input, Stream Output) Take()
    {
        var input = Console.OpenStandardInput();
        if (!OperatingSystem.IsLinux())
        {
            return (input, Console.OpenStandardOutput());
        }
        var frames = LibC.Dup(1);
        if (frames < 0 || LibC.Dup2(2, 1) < 0)
        {
            throw new IOException($"Cannot set up the reader's output: {new Win32Exception(Marshal.GetLastPInvokeError()).Message}");
        }
        return (input, new FileStream(new SafeFileHandle(frames, ownsHandle: true), FileAccess.Write, bufferSize: 65536));
    }
}
