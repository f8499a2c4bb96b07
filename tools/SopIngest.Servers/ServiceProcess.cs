using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SopIngest.Servers;

/// <summary>
/// The service as a separate OS process (a built SopIngest.Web.dll), so a test can SIGKILL it mid-batch the way a
/// machine dies and a benchmark can run a web process and several workers. Output is kept for the failure message.
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

    /// <summary>The OS process id (a test checks the same worker process is alive throughout).</summary>
    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public Uri BaseAddress => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}"));

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

    /// <summary>The SopIngest.Web.dll beside the caller (a project that references SopIngest.Web), environment Testing.</summary>
    public static Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string?> settings) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "SopIngest.Web.dll"), settings, "Testing");

    /// <summary>
    /// Starts <paramref name="webDll"/> on a free port with <paramref name="settings"/> as command-line configuration and
    /// <c>OMP_THREAD_LIMIT=1</c>, and returns once <c>/health</c> answers 200. <paramref name="listen"/> says how the
    /// port is given: <c>--urls</c> (default), the <c>ASPNETCORE_URLS</c> environment variable, or Kestrel configuration.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(string webDll, IReadOnlyDictionary<string, string?> settings, string environment,
        ListenBy listen = ListenBy.UrlsArgument)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = Path.GetFullPath(webDll);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The service is not built: {dll} is missing (dotnet build -c Release src/SopIngest.Web).", dll);
        }
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        switch (listen)
        {
            case ListenBy.UrlsArgument:
                start.ArgumentList.Add("--urls");
                start.ArgumentList.Add(url);
                break;
            case ListenBy.UrlsEnvironment:
                start.Environment["ASPNETCORE_URLS"] = url;
                break;
            case ListenBy.KestrelEndpoint:
                start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url={url}");
                break;
        }
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        var service = new ServiceProcess(Process.Start(start)!, port);
        try
        {
            await service.WaitHealthyAsync();
        }
        catch
        {
            await service.DisposeAsync(); // a process that never became healthy must not outlive its caller
            throw;
        }
        return service;
    }

    /// <summary>The SopIngest.Web.dll beside the caller, environment Testing, told its port as <paramref name="listen"/> says.</summary>
    public static Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, ListenBy listen) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "SopIngest.Web.dll"), settings, "Testing", listen);

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
        using var http = new HttpClient { BaseAddress = BaseAddress };
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
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
    }
}
