namespace SopIngest.Scan.Tests.Reading;

/// <summary>One reader (and so one Tesseract pool) shared by the tests of a class: engines take ~80 ms each to load.</summary>
public sealed class ReaderFixture : IDisposable
{
    public ScanReader Reader { get; } = new(new ScanOptions { MaxPages = 50 });

    public void Dispose() => Reader.Dispose();
}
