using SopIngest.Core.Model;
using SopIngest.Core.Pipeline;
using SopIngest.Engine;
using SopIngest.HostileFiles;
using SopIngest.Pdf;
using SopIngest.Readers;

namespace SopIngest.Isolation.Tests.Supervision;

/// <summary>
/// Real reader processes: what they return is what the engine returns in-process, and whatever a document does to
/// its reader (crash, memory, time) costs that document only, with a reason, while the pool goes on.
/// </summary>
public sealed class IsolatedExtractorTests : IAsyncDisposable
{
    // Limits raised so the hostile files get past the checks and really crash or exhaust the reader.
    private static readonly EngineOptions Unguarded = new()
    {
        Pdf = new PdfReaderOptions { Limits = new PdfLimits { MaxFormNesting = 1_000_000 } },
        Exports = new ExportLimits { MaxMarkdownNesting = 1_000_000, MaxExpansionRatio = 1e9, MaxRenderedChars = int.MaxValue },
    };

    private readonly List<ReaderEvent> _events = [];
    private readonly List<IsolatedExtractor> _extractors = [];

    private IsolatedExtractor Extractor(IsolationOptions? options = null, EngineOptions? engine = null)
    {
        var extractor = new IsolatedExtractor(options, engine, e =>
        {
            lock (_events)
            {
                _events.Add(e);
            }
        });
        _extractors.Add(extractor);
        return extractor;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var extractor in _extractors)
        {
            await extractor.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("sop-dev-001.md")]
    [InlineData("sop-dev-014.html")]
    [InlineData("sop-dev-018.txt")]
    [InlineData("sop-dev-021.pdf")]
    [InlineData("sop-dev-031.png")]
    public async Task A_document_read_in_a_reader_process_is_the_one_read_in_process(string name)
    {
        var input = TestFiles.Input(name);
        using var engine = SopEngine.Create();

        var isolated = await Extractor().ExtractAsync(input);
        var local = await engine.Extractor.ExtractAsync(input);

        Assert.Equal(SopJson.Serialize(local), SopJson.Serialize(isolated));
    }

    [Fact]
    public async Task The_layout_model_comes_back_as_json()
    {
        var json = await Extractor().ReadLayoutJsonAsync(TestFiles.Input("sop-dev-017.txt"));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(document.RootElement.GetProperty("pages").GetArrayLength() > 0);
    }

    [Fact]
    public async Task One_reader_process_reads_many_documents_and_refusals_do_not_cost_it()
    {
        var extractor = Extractor();

        await extractor.ExtractAsync(TestFiles.Input("sop-dev-001.md"));
        await Assert.ThrowsAsync<UnreadableDocumentException>(() => extractor.ExtractAsync(TestFiles.Input("kosong.md", [])));
        await Assert.ThrowsAsync<UnreadableDocumentException>(() => extractor.ExtractAsync(TestFiles.Input("bomb.pdf", HostileSet.CyclicReferences())));
        await extractor.ExtractAsync(TestFiles.Input("sop-dev-013.html"));

        Assert.Equal(1, extractor.ProcessesStarted);
        Assert.Equal(0, extractor.Crashes);
    }

    [Fact]
    public async Task A_reader_is_replaced_after_RecycleAfterDocuments_documents()
    {
        var extractor = Extractor(new IsolationOptions { RecycleAfterDocuments = 2 });

        foreach (var name in new[] { "sop-dev-017.txt", "sop-dev-018.txt", "sop-dev-019.txt", "sop-dev-020.txt", "sop-dev-017.txt" })
        {
            Assert.NotNull((await extractor.ExtractAsync(TestFiles.Input(name))).Title);
        }

        Assert.Equal(3, extractor.ProcessesStarted);
        Assert.Equal(2, _events.Count(e => e.Kind == ReaderEventKind.Recycled));
        Assert.Single(extractor.ProcessIds);
    }

    [Fact]
    public async Task A_reader_holding_more_than_RecycleAboveResidentBytes_after_a_document_is_replaced()
    {
        // Every reader holds more than 8 MiB once its engine is built: each document gets a fresh one.
        var extractor = Extractor(new IsolationOptions { RecycleAboveResidentBytes = 8L << 20 });

        await extractor.ExtractAsync(TestFiles.Input("sop-dev-017.txt"));
        await extractor.ExtractAsync(TestFiles.Input("sop-dev-018.txt"));

        Assert.Equal(2, extractor.ProcessesStarted);
        Assert.Contains(_events, e => e.Kind == ReaderEventKind.Recycled && e.Message.Contains("MiB resident", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_that_crashes_its_reader_twice_is_given_up_with_the_reason_and_the_next_one_is_read()
    {
        var extractor = Extractor(engine: Unguarded);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            extractor.ExtractAsync(TestFiles.Input("rantai.pdf", HostileSet.FormChain(5000))));
        var next = await extractor.ExtractAsync(TestFiles.Input("sop-dev-017.txt"));

        Assert.Equal(UnreadableReason.ReaderCrashed, error.Reason);
        Assert.StartsWith("rantai.pdf: the PDF reader crashed on this file 2 times (a stack overflow)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Stack overflow", Assert.IsType<ReaderCrashException>(error.InnerException).Detail, StringComparison.Ordinal);
        Assert.Equal(2, extractor.Crashes);
        Assert.Equal(3, extractor.ProcessesStarted);
        Assert.NotNull(next.Title);
        Assert.Equal([ReaderEventKind.Crashed, ReaderEventKind.GivenUp], _events.Where(e => e.FileName == "rantai.pdf").Select(e => e.Kind));
    }

    [Fact]
    public async Task With_MaxCrashes_1_a_crash_is_not_retried()
    {
        var extractor = Extractor(new IsolationOptions { MaxCrashes = 1 }, Unguarded);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            extractor.ExtractAsync(TestFiles.Input("rantai.pdf", HostileSet.FormChain(5000))));

        Assert.Equal(UnreadableReason.ReaderCrashed, error.Reason);
        Assert.Contains("crashed on this file (a stack overflow)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, extractor.Crashes);
    }

    [Fact]
    public async Task A_reader_past_its_managed_heap_limit_fails_the_document_as_over_a_limit()
    {
        var extractor = Extractor(new IsolationOptions { GcHeapLimitBytes = 256L << 20 }, Unguarded);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            extractor.ExtractAsync(TestFiles.Input("bom.md", HostileSet.MarkdownExpansionBomb())));
        var next = await extractor.ExtractAsync(TestFiles.Input("sop-dev-018.txt"));

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.Contains("IsolationOptions.GcHeapLimitBytes", error.Message, StringComparison.Ordinal);
        Assert.NotNull(next.Title);
    }

    [Fact]
    public async Task A_reader_past_its_memory_limit_is_stopped_and_the_document_fails_as_over_a_limit()
    {
        // The resident limit is reached before the managed heap's own: the host's watch stops the reader.
        var extractor = Extractor(new IsolationOptions { GcHeapLimitBytes = 1024L << 20, MemoryLimitBytes = 1024L << 20 }, Unguarded);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            extractor.ExtractAsync(TestFiles.Input("bom.md", HostileSet.MarkdownExpansionBomb())));

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.Contains("more than 1024 MiB of memory on this file (IsolationOptions.MemoryLimitBytes)", error.Message, StringComparison.Ordinal);
        Assert.Contains(_events, e => e.Kind == ReaderEventKind.Stopped);
        Assert.Equal(0, extractor.Crashes);
    }

    [Fact]
    public async Task A_reader_past_its_time_limit_is_stopped_and_the_document_fails_as_over_a_limit()
    {
        var extractor = Extractor(new IsolationOptions { TimeLimit = TimeSpan.FromSeconds(2) }, Unguarded);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() =>
            extractor.ExtractAsync(TestFiles.Input("daftar.md", HostileSet.MarkdownNestedLists(3000))));
        var next = await extractor.ExtractAsync(TestFiles.Input("sop-dev-018.txt"));

        Assert.Equal(UnreadableReason.LimitExceeded, error.Reason);
        Assert.Contains("did not finish within 00:00:02 (IsolationOptions.TimeLimit)", error.Message, StringComparison.Ordinal);
        Assert.NotNull(next.Title);
    }

    [Fact]
    public async Task Cancelling_a_read_stops_its_reader_and_the_pool_goes_on()
    {
        var extractor = Extractor(engine: Unguarded);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            extractor.ExtractAsync(TestFiles.Input("daftar.md", HostileSet.MarkdownNestedLists(3000)), cancellationToken: cancel.Token));
        var next = await extractor.ExtractAsync(TestFiles.Input("sop-dev-018.txt"));

        Assert.NotNull(next.Title);
        Assert.Equal(2, extractor.ProcessesStarted);
    }

    [Fact]
    public async Task Page_progress_comes_through_from_the_reader()
    {
        var pages = new List<PageProgress>();
        var progress = new SyncProgress(p =>
        {
            lock (pages)
            {
                pages.Add(p);
            }
        });

        var sop = await Extractor().ExtractAsync(TestFiles.Input("sop-dev-026.pdf"), progress);

        Assert.Equal(sop.Source.Pages, pages.Count);
        Assert.All(pages, p => Assert.Equal(sop.Source.Pages, p.PageCount));
    }

    [Fact]
    public async Task A_missing_reader_program_is_a_fault_not_the_document()
    {
        var extractor = Extractor(new IsolationOptions { ReaderPath = "/nonexistent/sopingest-reader.dll" });

        var error = await Assert.ThrowsAsync<ReaderFaultException>(() => extractor.ExtractAsync(TestFiles.Input("sop-dev-001.md")));

        Assert.Contains("is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_documents_at_once_go_to_two_reader_processes()
    {
        var extractor = Extractor(new IsolationOptions { MaxProcesses = 2 });

        var results = await Task.WhenAll(
            extractor.ExtractAsync(TestFiles.Input("sop-dev-029.jpg")),
            extractor.ExtractAsync(TestFiles.Input("sop-dev-030.jpg")));

        Assert.All(results, r => Assert.NotNull(r.Title));
        Assert.Equal(2, extractor.ProcessesStarted);
    }

    private sealed class SyncProgress(Action<PageProgress> report) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) => report(value);
    }
}
