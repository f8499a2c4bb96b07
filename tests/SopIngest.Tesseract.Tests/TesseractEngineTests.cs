using System.Diagnostics;

namespace SopIngest.Tesseract.Tests;

public sealed class TesseractEngineTests : IDisposable
{
    private readonly TesseractEngine _engine = new(new TesseractOptions { Languages = "ind" });
    private readonly OcrImage _image = OcrImage.FromEncoded(TestImages.SopLinesPng());

    public void Dispose()
    {
        _engine.Dispose();
        _image.Dispose();
    }

    [Fact]
    public void Recognize_reads_the_lines_of_a_clean_page()
    {
        var page = _engine.Recognize(_image);

        Assert.Equal(TestImages.SopLines, page.Lines.Select(l => l.Text));
        Assert.Equal(1800, page.Width);
        Assert.InRange(page.MeanConfidence, 0.8, 1.0);
    }

    [Fact]
    public void Text_is_the_same_as_the_tesseract_command_line_prints()
    {
        var page = _engine.Recognize(_image);

        Assert.Equal(RunCli(TestImages.SopLinesPngPath, "ind"), page.Text);
    }

    [Fact]
    public void Raw_pixels_read_the_same_as_the_encoded_image()
    {
        var (pixels, width, height) = TestImages.SopLinesPixels();
        using var raw = OcrImage.FromPixels(pixels, width, height, 1, width, TestImages.SopLinesDpi);

        var fromPixels = _engine.Recognize(raw);
        var fromPng = _engine.Recognize(_image);

        Assert.Equal(fromPng.Text, fromPixels.Text);
        Assert.Equal(fromPng.Words.Select(w => w.Box), fromPixels.Words.Select(w => w.Box));
    }

    [Fact]
    public void Words_have_boxes_inside_the_image_in_reading_order()
    {
        var page = _engine.Recognize(_image);
        var whole = OcrBox.FromSize(0, 0, page.Width, page.Height);

        Assert.Equal(TestImages.SopLines.Sum(l => l.Split(' ').Length), page.Words.Count());
        foreach (var line in page.Lines)
        {
            Assert.True(whole.Contains(line.Box), $"line box {line.Box} outside the image");
            Assert.Equal(line.Text, string.Join(' ', line.Words.Select(w => w.Text)));
            foreach (var word in line.Words)
            {
                Assert.True(line.Box.Contains(word.Box), $"word '{word.Text}' {word.Box} outside its line {line.Box}");
                Assert.InRange(word.Confidence, 0.0, 1.0);
                Assert.True(word.Box.Width > 0 && word.Box.Height > 0);
            }
            Assert.Equal(line.Words.OrderBy(w => w.Box.Left), line.Words);
        }
        Assert.Equal(page.Lines.OrderBy(l => l.Box.Top), page.Lines);
    }

    [Fact]
    public void Region_reads_only_that_part_and_keeps_whole_image_coordinates()
    {
        var full = _engine.Recognize(_image);
        var second = full.Lines[1].Box;
        var region = new OcrBox(second.Left - 10, second.Top - 10, second.Right + 10, second.Bottom + 10);

        var part = _engine.Recognize(_image, new OcrRequest { Region = region, PageSegMode = PageSegMode.SingleLine });

        var line = Assert.Single(part.Lines);
        Assert.Equal(TestImages.SopLines[1], line.Text);
        Assert.True(region.Contains(line.Box), $"{line.Box} is not in whole-image pixels inside {region}");
    }

    [Fact]
    public void Regions_of_one_image_read_one_after_another_match_fresh_engines_and_a_new_image_replaces_it()
    {
        var full = _engine.Recognize(_image);
        var regions = full.Lines.Select(l => new OcrBox(l.Box.Left - 10, l.Box.Top - 10, l.Box.Right + 10, l.Box.Bottom + 10)).ToList();

        // One engine keeps the image between these calls: each region, then the whole image again.
        var held = regions.Select(r => _engine.Recognize(_image, new OcrRequest { Region = r, PageSegMode = PageSegMode.SingleLine }).Text).ToList();
        var wholeAgain = _engine.Recognize(_image);
        using var blank = TestImages.Uniform(600, 400);
        var other = _engine.Recognize(blank);

        var fresh = regions.Select(r =>
        {
            using var engine = new TesseractEngine(new TesseractOptions { Languages = "ind" });
            return engine.Recognize(_image, new OcrRequest { Region = r, PageSegMode = PageSegMode.SingleLine }).Text;
        }).ToList();
        Assert.Equal(fresh, held);
        Assert.Equal(full.Text, wholeAgain.Text);
        Assert.Equal("", other.Text.Trim());
    }

    [Fact]
    public void A_blank_page_gives_no_text_and_no_lines()
    {
        using var blank = TestImages.Uniform(600, 400);

        var page = _engine.Recognize(blank);

        Assert.Equal("", page.Text.Trim());
        Assert.Empty(page.Lines);
        Assert.Equal(0, page.MeanConfidence);
    }

    [Fact]
    public void Variables_reach_the_recogniser()
    {
        var options = new TesseractOptions { Variables = new Dictionary<string, string> { ["tessedit_char_blacklist"] = "eE" } };
        using var engine = new TesseractEngine(options);

        var page = engine.Recognize(_image);

        Assert.DoesNotContain('e', page.Text);
        Assert.DoesNotContain('E', page.Text);
    }

    [Fact]
    public void An_unknown_variable_is_refused_when_the_engine_is_made()
    {
        var options = new TesseractOptions { Variables = new Dictionary<string, string> { ["no_such_tesseract_parameter"] = "1" } };

        var error = Assert.Throws<ArgumentException>(() => new TesseractEngine(options));

        Assert.Contains("no_such_tesseract_parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Languages_reports_what_Tesseract_loaded()
    {
        using var engine = new TesseractEngine(new TesseractOptions { Languages = "ind+eng" });

        Assert.Equal("ind+eng", engine.Languages);
    }

    [Fact]
    public void Process_refuses_a_second_image_while_the_first_page_is_open()
    {
        using var first = _engine.Process(_image);

        var error = Assert.Throws<InvalidOperationException>(() => _engine.Process(_image));

        Assert.Contains("dispose the previous TesseractPage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_is_reusable_once_the_page_is_disposed()
    {
        string first;
        using (var page = _engine.Process(_image))
        {
            first = page.GetText();
        }

        using var again = _engine.Process(_image);

        Assert.Equal(first, again.GetText());
    }

    [Fact]
    public void A_page_cannot_be_read_after_it_is_disposed()
    {
        var page = _engine.Process(_image);
        page.Dispose();

        Assert.Throws<ObjectDisposedException>(() => page.GetText());
        Assert.Throws<ObjectDisposedException>(() => page.ToOcrPage());
        Assert.Throws<ObjectDisposedException>(() => page.MeanConfidence);
    }

    [Fact]
    public void Disposing_the_engine_closes_its_open_page()
    {
        var engine = new TesseractEngine(new TesseractOptions());
        var page = engine.Process(_image);

        engine.Dispose();

        Assert.Throws<ObjectDisposedException>(() => page.GetText());
        Assert.Throws<ObjectDisposedException>(() => engine.Process(_image));
    }

    [Fact]
    public void Region_outside_the_image_is_a_caller_mistake()
    {
        var request = new OcrRequest { Region = new OcrBox(1700, 500, 1900, 700) };

        Assert.Throws<ArgumentOutOfRangeException>(() => _engine.Process(_image, request));
    }

    [Theory]
    [InlineData(69)]
    [InlineData(2401)]
    public void An_implausible_request_resolution_is_a_caller_mistake(int dpi)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _engine.Process(_image, new OcrRequest { Dpi = dpi }));
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_work()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => _engine.Process(_image, null, cancelled.Token));
    }

    [Fact]
    public void Cancelling_during_recognition_stops_Tesseract_and_leaves_the_engine_usable()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new TestProgress(_ => cancellation.Cancel());

        var error = Assert.ThrowsAny<OperationCanceledException>(() =>
            _engine.Process(_image, new OcrRequest { Progress = progress }, cancellation.Token));

        Assert.Equal(cancellation.Token, error.CancellationToken);
        // Tesseract asks once per word: it stopped at the first one, long before the end.
        Assert.Single(progress.Reports);
        Assert.Equal(TestImages.SopLines, _engine.Recognize(_image).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Progress_rises_from_zero_while_words_are_read()
    {
        var progress = new TestProgress(_ => { });

        _engine.Recognize(_image, new OcrRequest { Progress = progress });

        Assert.Equal(0, progress.Reports[0]);
        Assert.True(progress.Reports.Count > 2);
        Assert.Equal(progress.Reports.Order(), progress.Reports);
        Assert.All(progress.Reports, p => Assert.InRange(p, 0, 100));
    }

    [Fact]
    public void An_exception_from_a_progress_callback_ends_the_run_and_is_rethrown()
    {
        var progress = new TestProgress(_ => throw new InvalidDataException("from the callback"));

        var error = Assert.Throws<InvalidDataException>(() => _engine.Process(_image, new OcrRequest { Progress = progress }));

        Assert.Equal("from the callback", error.Message);
        Assert.Single(progress.Reports);
        using var page = _engine.Process(_image);
        Assert.NotEmpty(page.GetText());
    }

    [Fact]
    public void A_passed_deadline_is_a_timeout()
    {
        // One millisecond: page layout analysis of an 1800 x 600 image alone takes far longer, so the deadline
        // has passed when Tesseract first checks it, before the first word.
        var request = new OcrRequest { Timeout = TimeSpan.FromMilliseconds(1) };

        var error = Assert.Throws<TimeoutException>(() => _engine.Process(_image, request));

        Assert.Contains("OcrRequest.Timeout", error.Message, StringComparison.Ordinal);
        Assert.Equal(TestImages.SopLines, _engine.Recognize(_image).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Tsv_has_one_word_row_per_word_with_the_page_number_given()
    {
        using var page = _engine.Process(_image);

        var rows = page.GetTsvText(pageNumber: 3).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split('\t')).ToList();

        var words = rows.Where(r => r[0] == "5" && r[11].Trim().Length > 0).ToList();
        Assert.Equal(TestImages.SopLines.SelectMany(l => l.Split(' ')), words.Select(r => r[11]));
        Assert.All(rows, r => Assert.Equal("3", r[1]));
    }

    private static string RunCli(string imagePath, string language)
    {
        var start = new ProcessStartInfo("tesseract")
        {
            ArgumentList = { imagePath, "-", "-l", language },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"tesseract CLI failed: {stderr.GetAwaiter().GetResult()}");
        return stdout.GetAwaiter().GetResult();
    }
}
