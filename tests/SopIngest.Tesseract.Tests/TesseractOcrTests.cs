namespace SopIngest.Tesseract.Tests;

public sealed class TesseractOcrTests
{
    [Fact]
    public void Parallel_calls_on_one_image_give_identical_results()
    {
        using var ocr = new TesseractOcr(new TesseractOcrOptions { MaxEngines = 2 });
        using var image = OcrImage.FromEncoded(TestImages.SopLinesPng());

        var pages = new OcrPage[6];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 3 }, i => pages[i] = ocr.Recognize(image));

        Assert.All(pages, p => Assert.Equal(TestImages.SopLines, p.Lines.Select(l => l.Text)));
        Assert.Single(pages.Select(p => p.Text).Distinct());
    }

    [Fact]
    public void An_engine_stays_usable_after_a_cancelled_call()
    {
        using var ocr = new TesseractOcr(new TesseractOcrOptions { MaxEngines = 1 });
        using var image = OcrImage.FromEncoded(TestImages.SopLinesPng());
        using var cancellation = new CancellationTokenSource();
        var request = new OcrRequest { Progress = new TestProgress(_ => cancellation.Cancel()) };

        Assert.ThrowsAny<OperationCanceledException>(() => ocr.Recognize(image, request, cancellation.Token));

        Assert.Equal(TestImages.SopLines, ocr.Recognize(image).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Reads_the_title_and_steps_of_a_one_bit_corpus_scan()
    {
        using var ocr = new TesseractOcr();
        using var image = OcrImage.FromFile(TestImages.CorpusFile("sop-dev-031.png"));

        var page = ocr.Recognize(image, new OcrRequest { Dpi = 200 });

        var lines = page.Lines.Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.Contains("PENGELOLAAN SURAT MASUK", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Petugas menerima surat masuk", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Mengarsipkan surat masuk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disposed_pool_refuses_work()
    {
        var ocr = new TesseractOcr();
        using var image = OcrImage.FromEncoded(TestImages.SopLinesPng());
        ocr.Dispose();

        Assert.Throws<ObjectDisposedException>(() => ocr.Recognize(image));
    }

    [Fact]
    public void Options_refuse_a_pool_without_engines()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TesseractOcr(new TesseractOcrOptions { MaxEngines = 0 }));
    }

    [Fact]
    public void A_missing_model_is_reported_when_the_pool_is_made()
    {
        var options = new TesseractOcrOptions { Engine = new TesseractOptions { Languages = "sun" } };

        var error = Assert.Throws<TesseractException>(() => new TesseractOcr(options));

        Assert.Contains("tesseract-ocr-sun", error.Message, StringComparison.Ordinal);
    }
}
