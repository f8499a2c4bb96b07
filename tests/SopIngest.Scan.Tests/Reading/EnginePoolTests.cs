using SopIngest.Tesseract;

namespace SopIngest.Scan.Tests.Reading;

public class EnginePoolTests
{
    [Fact]
    public void A_reader_has_an_engine_per_core_even_when_it_reads_one_page_of_a_document_at_a_time()
    {
        // Service workers share one reader: two documents at once must not queue for one engine.
        using var reader = new ScanReader(new ScanOptions { Parallelism = 1 });

        var pool = Assert.IsType<TesseractOcr>(reader.Ocr);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount), pool.Options.MaxEngines);
    }

    [Fact]
    public void More_pages_at_once_than_cores_get_an_engine_each()
    {
        var pages = Environment.ProcessorCount + 2;
        using var reader = new ScanReader(new ScanOptions { Parallelism = pages });

        Assert.Equal(pages, Assert.IsType<TesseractOcr>(reader.Ocr).Options.MaxEngines);
    }
}
