namespace SopIngest.Benchmarks.Service;

/// <summary>One file of a load batch on disk, and how many pages it has.</summary>
internal sealed record BatchFile(string Path, int Pages)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
