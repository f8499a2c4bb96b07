using System.Globalization;

namespace SopIngest.Benchmarks;

/// <summary>The benchmark commands' options: <c>--name value</c> pairs and bare <c>--flag</c>s.</summary>
internal sealed class BenchmarkArgs(IReadOnlyList<string> args)
{
    public string? Option(string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }
        return null;
    }

    public int Number(string name, int fallback) =>
        Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string flag) => args.Contains(flag);
}
