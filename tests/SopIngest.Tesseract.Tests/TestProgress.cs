namespace SopIngest.Tesseract.Tests;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its action on the reporting thread, unlike <see cref="Progress{T}"/>,
/// which posts to a synchronisation context and may run after recognition is over.
/// </summary>
internal sealed class TestProgress(Action<int> onReport) : IProgress<int>
{
    public List<int> Reports { get; } = [];

    public void Report(int value)
    {
        Reports.Add(value);
        onReport(value);
    }
}
