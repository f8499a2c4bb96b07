using System.Globalization;

namespace SopIngest.Benchmarks.Isolation;

/// <summary>A process and its descendants, from /proc: name and peak resident memory (VmHWM) of each.</summary>
internal static class ProcessTree
{
    public static IEnumerable<(int Pid, string Name, long PeakBytes)> Of(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Parent(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }
        var tree = new HashSet<int> { root };
        bool grew;
        do
        {
            grew = false;
            foreach (var (pid, parent) in parents)
            {
                if (tree.Contains(parent) && tree.Add(pid))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        foreach (var pid in tree)
        {
            if (Status(pid) is { } status)
            {
                yield return (pid, status.Name, status.Peak);
            }
        }
    }

    private static int? Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static (string Name, long Peak)? Status(int pid)
    {
        try
        {
            string? name = null;
            long peak = 0;
            foreach (var line in File.ReadLines(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/status")))
            {
                if (line.StartsWith("Name:", StringComparison.Ordinal))
                {
                    name = line[5..].Trim();
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
            // .NET programs started through dotnet show as "dotnet": the command line tells them apart.
            var command = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/cmdline")).Replace('\0', ' ');
            if (command.Contains("sopingest-reader", StringComparison.Ordinal))
            {
                name = "sopingest-reader";
            }
            else if (command.Contains("sopingest.dll", StringComparison.Ordinal))
            {
                name = "sopingest";
            }
            return name is null ? null : (name, peak);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
