using System.Globalization;
using SopIngest.Benchmarks.Pipeline;

namespace SopIngest.Benchmarks.Service;

/// <summary>
/// The 1-minute load average (<c>/proc/loadavg</c>), sampled at the start, the end and every few seconds in between:
/// the machine is shared, and a wall-clock figure taken above the core count says little.
/// </summary>
internal sealed class LoadAverage : IAsyncDisposable
{
    private readonly List<double> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public LoadAverage(TimeSpan interval)
    {
        Start = Read();
        _sampling = SampleAsync(interval, _stop.Token);
    }

    public double Start { get; }

    public double Max
    {
        get
        {
            lock (_samples)
            {
                return _samples.Append(Start).Max();
            }
        }
    }

    public static double Read() =>
        CpuClock.LoadAverages() is { } loads ? double.Parse(loads[0], CultureInfo.InvariantCulture) : 0;

    private async Task SampleAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var load = Read();
                lock (_samples)
                {
                    _samples.Add(load);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _sampling.ConfigureAwait(false);
        _stop.Dispose();
    }
}
