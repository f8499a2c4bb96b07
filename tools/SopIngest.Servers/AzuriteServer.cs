using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace SopIngest.Servers;

/// <summary>
/// A real Azurite blob service (tools/azurite, installed by test.sh) on 127.0.0.1 and a free port, data in a
/// temporary folder. Stopped with SIGTERM so it saves its metadata, and restartable on the same port and folder.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _folder;
    private Process? _process;

    private AzuriteServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;");

    public static async Task<AzuriteServer> StartAsync()
    {
        if (!File.Exists(RepoPaths.AzuriteBlob))
        {
            throw new InvalidOperationException($"Azurite is not installed at {RepoPaths.AzuriteBlob}: run `npm install` in tools/azurite (test.sh does).");
        }
        var server = new AzuriteServer(Directory.CreateTempSubdirectory("sopingest-azurite-").FullName, FreePort.Next());
        await server.StartServerAsync();
        return server;
    }

    public async Task StartServerAsync()
    {
        var start = new ProcessStartInfo(RepoPaths.AzuriteBlob)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[]
                 {
                     "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), "--location", _folder,
                     "--disableTelemetry", "--skipApiVersionCheck", "--silent",
                 })
        {
            start.ArgumentList.Add(a);
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {_process.ExitCode}.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException("Azurite did not start listening within 30 s.");
    }

    /// <summary>SIGTERM, then wait for exit: Azurite writes its metadata before it goes.</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }
        await Shell.RunAsync("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
