using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SopIngest.Benchmarks.Exports;

/// <summary>
/// In-process (see <c>Micro/InProcessConfig</c> for why), pinned to one core so documents/second is a
/// per-core figure; a short run (3 warm-ups, 8 iterations of ~250 ms) keeps 80 cases within minutes.
/// </summary>
public sealed class ExportsConfig : ManualConfig
{
    public ExportsConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithAffinity(1)
            .WithWarmupCount(3).WithIterationCount(8).WithLaunchCount(1)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
    }
}
