using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>
/// The service as a separate OS process (the built SopIngest.Web.dll beside the tests), so a test can SIGKILL it
/// mid-batch the way a machine dies. Output is kept for the failure message.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SopIngest.Web.dll");
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        var service = new ServiceProcess(Process.Start(start)!, port);
        await service.WaitHealthyAsync();
        return service;
    }

    /// <summary>SIGKILL: no shutdown code runs, leases stay held, jobs stay fetched.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false); // SIGKILL on Linux
            await _process.WaitForExitAsync();
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}")) };
        for (var i = 0; i < 600; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The service did not become healthy within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await Shell.RunAsync("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
    }
}
