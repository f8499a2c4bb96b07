using System.Diagnostics;

namespace SopIngest.Isolation.Supervision;

/// <summary>
/// How to start the reader program: with the same <c>dotnet</c> host as this process when it runs under one (tests,
/// <c>dotnet SopIngest.Web.dll</c>), else through the reader's own app host beside it, else <c>dotnet</c> from PATH.
/// </summary>
internal static class ReaderLaunch
{
    public const string ProgramName = "sopingest-reader";

    public static ProcessStartInfo Create(string? readerPath)
    {
        var dll = Path.GetFullPath(readerPath ?? Path.Combine(AppContext.BaseDirectory, ProgramName + ".dll"));
        if (!File.Exists(dll))
        {
            throw new ReaderFaultException(
                $"The reader program {dll} is missing; it is built with sopingest and the service (project src/SopIngest.Reader). Build or publish again.");
        }
        var host = Environment.ProcessPath;
        var apphost = Path.Combine(Path.GetDirectoryName(dll)!, ProgramName);
        ProcessStartInfo start;
        if (host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start = new ProcessStartInfo(host);
            start.ArgumentList.Add(dll);
        }
        else if (File.Exists(apphost))
        {
            start = new ProcessStartInfo(apphost);
        }
        else
        {
            start = new ProcessStartInfo("dotnet");
            start.ArgumentList.Add(dll);
        }
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetDirectoryName(dll)!;
        return start;
    }
}
