using SopIngest.Servers;

namespace SopIngest.Benchmarks.Service;

/// <summary>The Release builds of the service and the CLI that the benchmark runs as separate processes.</summary>
internal static class ReleaseOutputs
{
    public static async Task<(string WebDll, string CliDll)> LocateAsync(string root, bool build, TextWriter log)
    {
        var web = Path.Combine(root, "src", "SopIngest.Web");
        var cli = Path.Combine(root, "src", "SopIngest.Cli");
        if (build)
        {
            foreach (var project in new[] { web, cli })
            {
                await log.WriteLineAsync($"dotnet build -c Release {Path.GetRelativePath(root, project)}").ConfigureAwait(false);
                await Shell.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", project]).ConfigureAwait(false);
            }
        }
        var webDll = Path.Combine(web, "bin", "Release", "net10.0", "SopIngest.Web.dll");
        var cliDll = Path.Combine(cli, "bin", "Release", "net10.0", "sopingest.dll");
        foreach (var dll in new[] { webDll, cliDll })
        {
            if (!File.Exists(dll))
            {
                throw new FileNotFoundException($"{dll} is missing: run without --no-build, or dotnet build -c Release the project.", dll);
            }
        }
        return (webDll, cliDll);
    }

    /// <summary>The short commit hash, with "+ uncommitted changes" when tracked files differ from it.</summary>
    public static async Task<string> CommitAsync(string root)
    {
        try
        {
            var hash = (await Shell.RunAsync("git", ["-C", root, "rev-parse", "--short", "HEAD"]).ConfigureAwait(false)).Trim();
            var changes = (await Shell.RunAsync("git", ["-C", root, "status", "--porcelain", "--untracked-files=no"]).ConfigureAwait(false)).Trim();
            return changes.Length == 0 ? hash : hash + " + uncommitted changes";
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "unknown (git not available)";
        }
    }
}
