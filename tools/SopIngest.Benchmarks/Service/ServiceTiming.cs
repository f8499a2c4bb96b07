namespace SopIngest.Benchmarks.Service;

/// <summary>One batch through the service: wall time (first upload to last finished), upload time, outcome.</summary>
internal sealed record ServiceTiming(int Workers, TimeSpan Elapsed, TimeSpan UploadElapsed,
    IReadOnlyDictionary<string, int> Statuses, IReadOnlyDictionary<string, string?> Titles);
