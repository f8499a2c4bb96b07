namespace SopIngest.Tesseract.Tests;

public sealed class ResultIteratorTests : IDisposable
{
    private readonly TesseractEngine _engine = new(new TesseractOptions());
    private readonly OcrImage _image = OcrImage.FromEncoded(TestImages.SopLinesPng());

    public void Dispose()
    {
        _engine.Dispose();
        _image.Dispose();
    }

    [Theory]
    [InlineData(PageIteratorLevel.TextLine, 4)]
    [InlineData(PageIteratorLevel.Word, 15)]
    public void Next_visits_every_element_of_a_level(PageIteratorLevel level, int expected)
    {
        using var page = _engine.Process(_image);
        using var iterator = page.GetIterator();

        var count = 0;
        do
        {
            Assert.NotNull(iterator.GetBoundingBox(level));
            count++;
        }
        while (iterator.Next(level));

        Assert.Equal(expected, count);
    }

    [Fact]
    public void Symbols_are_the_letters_of_the_text()
    {
        using var page = _engine.Process(_image);
        using var iterator = page.GetIterator();

        var symbols = new List<string>();
        do
        {
            symbols.Add(iterator.GetText(PageIteratorLevel.Symbol)!);
        }
        while (iterator.Next(PageIteratorLevel.Symbol));

        Assert.Equal(string.Concat(TestImages.SopLines).Replace(" ", "", StringComparison.Ordinal), string.Concat(symbols));
    }

    [Fact]
    public void Begin_returns_to_the_first_line()
    {
        using var page = _engine.Process(_image);
        using var iterator = page.GetIterator();
        var first = iterator.GetText(PageIteratorLevel.TextLine);
        iterator.Next(PageIteratorLevel.TextLine);
        iterator.Next(PageIteratorLevel.TextLine);

        iterator.Begin();

        Assert.Equal(first, iterator.GetText(PageIteratorLevel.TextLine));
        Assert.Equal(TestImages.SopLines[0] + "\n", first);
        Assert.True(iterator.IsAtBeginningOf(PageIteratorLevel.Block));
    }

    [Fact]
    public void An_iterator_dies_with_its_page()
    {
        var page = _engine.Process(_image);
        var iterator = page.GetIterator();

        page.Dispose();

        Assert.Throws<ObjectDisposedException>(() => iterator.GetText(PageIteratorLevel.Word));
        Assert.Throws<ObjectDisposedException>(() => iterator.Next(PageIteratorLevel.Word));
        iterator.Dispose();
    }

    [Fact]
    public void A_disposed_iterator_refuses_calls_while_its_page_stays_readable()
    {
        using var page = _engine.Process(_image);
        var iterator = page.GetIterator();

        iterator.Dispose();

        Assert.Throws<ObjectDisposedException>(() => iterator.GetConfidence(PageIteratorLevel.Word));
        Assert.Equal(4, page.ToOcrPage().Lines.Count);
    }

    [Fact]
    public void The_iterator_of_a_blank_page_is_empty()
    {
        using var blank = TestImages.Uniform(400, 300);
        using var page = _engine.Process(blank);
        using var iterator = page.GetIterator();

        Assert.True(iterator.IsEmpty);
        Assert.False(iterator.Next(PageIteratorLevel.Word));
        Assert.Null(iterator.GetText(PageIteratorLevel.Word));
        Assert.Null(iterator.GetBoundingBox(PageIteratorLevel.Word));
    }
}
