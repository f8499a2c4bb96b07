using System.Diagnostics;
using SopIngest.Tesseract;

namespace SopIngest.Benchmarks.Pipeline;

/// <summary>
/// An <see cref="IOcrEngine"/> that times the calls the scan reader makes: the page pass (automatic layout: the
/// text around the tables, band by band) apart from the cell reads (a single block, word or character: a table
/// cell, or one character in it). Only meaningful for one page at a time.
/// </summary>
internal sealed class TimedOcr(IOcrEngine inner) : IOcrEngine
{
    public double PageSeconds { get; private set; }

    public int PageCalls { get; private set; }

    public double CellSeconds { get; private set; }

    public int CellCalls { get; private set; }

    public OcrPage Recognize(OcrImage image, OcrRequest? request = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return inner.Recognize(image, request, cancellationToken);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (request?.PageSegMode is null or PageSegMode.Auto)
            {
                PageSeconds += elapsed;
                PageCalls++;
            }
            else
            {
                CellSeconds += elapsed;
                CellCalls++;
            }
        }
    }

    public void Reset()
    {
        PageSeconds = CellSeconds = 0;
        PageCalls = CellCalls = 0;
    }
}
