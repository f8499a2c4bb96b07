using System.Globalization;

namespace SopIngest.Isolation.Supervision;

/// <summary>A process's memory as the kernel counts it (/proc/PID/statm and status), without Process.Refresh's cost.</summary>
internal static class ProcessMemory
{
    private static readonly long PageSize = Environment.SystemPageSize;

    /// <summary>Resident bytes now, or null when the process is gone (or this is not Linux).</summary>
    public static long? Resident(int pid)
    {
        try
        {
            var statm = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/statm"));
            var fields = statm.Split(' ', 3);
            return long.Parse(fields[1], CultureInfo.InvariantCulture) * PageSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The peak resident bytes of the process so far (VmHWM), or null.</summary>
    public static long? Peak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status")))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
