using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SopIngest.Benchmarks.Micro;

/// <summary>
/// Runs benchmarks in this process: BenchmarkDotNet's default toolchain generates and builds a project, which
/// fights the repository's central package versions and costs a minute per run. OCR calls take a second, so
/// a few iterations are enough.
/// </summary>
public sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(1).WithIterationCount(5).WithLaunchCount(1));
    }
}
