namespace SopIngest.Benchmarks.Service;

/// <summary>One batch measured: the CLI on its files, then the service with each worker count.</summary>
internal sealed record BatchResult(LoadBatch Batch, CliTiming Cli, IReadOnlyList<ServiceTiming> Service);
