using System.Globalization;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// CPU seconds from <c>/proc/self/stat</c>: this process (all threads) and its reaped children (the tesseract CLI
/// runs). On a shared machine CPU time moves much less with load than wall time, so both sides get both.
/// </summary>
internal static class CpuClock
{
    // USER_HZ: 100 on Linux x86-64 (getconf CLK_TCK).
    private const double TicksPerSecond = 100;

    public static (double Self, double Children) Read()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the command name, which is in parentheses and may hold spaces; [0] is field 3 (state).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture) / TicksPerSecond;
        return (Field(14) + Field(15), Field(16) + Field(17));
    }

    public static double Self() => Read().Self;

    public static double Children() => Read().Children;

    /// <summary>The 1-, 5- and 15-minute load averages, as the kernel prints them.</summary>
    public static string LoadAverage() => LoadAverages() is { } loads ? string.Join(' ', loads) : "n/a";

    /// <summary>The 1-, 5- and 15-minute load averages as printed in /proc/loadavg; null where there is none.</summary>
    public static string[]? LoadAverages() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries)[..3] : null;
}
