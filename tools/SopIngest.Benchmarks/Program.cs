using BenchmarkDotNet.Running;
using SopIngest.Benchmarks;
using SopIngest.Benchmarks.Corpus;
using SopIngest.Benchmarks.Exports;
using SopIngest.Benchmarks.Isolation;
using SopIngest.Benchmarks.Micro;
using SopIngest.Benchmarks.Pipeline;
using SopIngest.Benchmarks.Quality;
using SopIngest.Benchmarks.Service;

// Usage (from the repository root, Release build):
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- ocr [--corpus DIR] [--out FILE] [--no-omp-limit] [--quick]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- micro [--corpus DIR] [BenchmarkDotNet args]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- exports [--corpus DIR] [BenchmarkDotNet args, e.g. --filter '*']
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- exports-cpu [--corpus DIR] [--rounds N]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- pipeline [--corpus DIR] [--set corpus|real] [--real DIR] [--parts perpage,scaling,memory] [--rounds N] [--copies N] [--memory-pages N] [--out FILE]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- isolation [--corpus DIR] [--rounds 3] [--export-rounds 30] [--out FILE]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- hostile [--no-build] [--out FILE]
//   dotnet run -c Release --project tools/SopIngest.Benchmarks -- service [--corpus DIR] [--exports 200] [--scan-pages 40] [--workers 1,2] [--files-per-request 25] [--timeout-minutes 60] [--no-build] [--quick] [--keep] [--out FILE]
var command = args.FirstOrDefault() ?? "ocr";
var line = new BenchmarkArgs(args);
var corpus = line.Option("--corpus") ?? FindCorpus();

switch (command)
{
    case "ocr":
        var documents = OcrCorpus.Load(corpus);
        var configurations = line.Has("--quick") ? OcrQualityRun.Configurations.Take(1).ToList() : OcrQualityRun.Configurations;
        var outPath = line.Option("--out");
        using (var writer = outPath is null ? Console.Out : new StreamWriter(outPath))
        {
            new OcrQualityRun(documents, writer).Run(configurations, limitOpenMp: !line.Has("--no-omp-limit"));
        }
        return 0;
    case "micro":
        EngineBenchmarks.PagePath = Path.Combine(corpus, "sop-dev-031.png");
        BenchmarkRunner.Run<EngineBenchmarks>(args: args.Skip(1).Where(a => a != "--corpus" && a != corpus).ToArray());
        return 0;
    case "exports":
        ExportBenchmarks.CorpusFolder = corpus;
        BenchmarkRunner.Run<ExportBenchmarks>(args: args.Skip(1).Where(a => a != "--corpus" && a != corpus).ToArray());
        return 0;
    case "exports-cpu":
        CpuThroughput.Run(corpus, Console.Out, line.Number("--rounds", 300));
        return 0;
    case "pipeline":
        return await PipelineCommand.RunAsync(corpus, args.Skip(1).ToList());
    case "service":
        return await ServiceCommand.RunAsync(corpus, args.Skip(1).ToList());
    case "isolation" or "hostile":
        return await IsolationCommand.RunAsync(command, corpus, args.Skip(1).ToList());
    default:
        Console.Error.WriteLine($"Unknown command '{command}': use 'ocr', 'micro', 'exports', 'exports-cpu', 'pipeline', 'service', 'isolation' or 'hostile'.");
        return 2;
}

static string FindCorpus()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "fixtures", "corpus");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }
    throw new DirectoryNotFoundException("fixtures/corpus not found above the current folder: pass --corpus DIR.");
}
