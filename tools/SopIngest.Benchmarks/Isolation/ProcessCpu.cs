using System.Globalization;

namespace SopIngest.Benchmarks.Isolation;

/// <summary>CPU seconds (user + system, all threads) of another process, from /proc/PID/stat; 0 once it is gone.</summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux x86-64

    public static double Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static double Of(IEnumerable<int> pids) => pids.Sum(Of);
}
