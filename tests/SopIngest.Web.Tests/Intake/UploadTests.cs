using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Intake;

/// <summary>The upload API on the embedded configuration (SQLite, Hangfire.InMemory, blob folder).</summary>
public sealed class UploadTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly ServiceFactory _service;
    private readonly HttpClient _http;

    public UploadTests()
    {
        _service = new ServiceFactory(ServiceFactory.Embedded(_data.Path, ServiceFactory.FastJobs));
        _http = _service.CreateClient();
    }

    [Fact]
    public async Task Exports_are_extracted_and_their_results_served()
    {
        var files = Corpus.Exports.Take(6).Select(f => (f, Corpus.Read(f))).ToList();

        var upload = await _http.UploadAsync(files);
        var done = await _http.WaitFinishedAsync(upload.Documents.Select(d => d.Id));

        Assert.All(upload.Documents, d => Assert.False(d.Duplicate));
        Assert.All(done, d =>
        {
            Assert.Contains(d.Status, new[] { "ready", "needs-review" });
            Assert.NotNull(d.Result);
            Assert.Equal(d.Sha256, d.Result!.Value.GetProperty("source").GetProperty("sha256").GetString());
            Assert.Equal(1, d.CurrentRevision);
        });
    }

    [Fact]
    public async Task The_same_file_uploaded_again_is_the_same_document()
    {
        var file = Corpus.Exports[0];
        var first = await _http.UploadAsync([(file, Corpus.Read(file))]);
        var second = await _http.UploadAsync([("renamed.md", Corpus.Read(file)), (file, Corpus.Read(file))]);

        Assert.False(first.Documents[0].Duplicate);
        Assert.All(second.Documents, d =>
        {
            Assert.True(d.Duplicate);
            Assert.Equal(first.Documents[0].Id, d.Id);
            Assert.Contains("Already uploaded", d.Message, StringComparison.Ordinal);
        });
        Assert.Single(await _http.ListAsync());
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_a_problem()
    {
        using var response = await _http.PostFilesAsync([("empty.pdf", [])]);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("empty", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_document_is_refused_as_unsupported()
    {
        using var response = await _http.PostFilesAsync([("setup.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03])]);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("setup.exe", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_file_refuses_the_whole_request_and_names_it()
    {
        var good = Corpus.Exports[1];
        using var response = await _http.PostFilesAsync([(good, Corpus.Read(good)), ("blank.txt", [])]);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("blank.txt", problem.Detail, StringComparison.Ordinal);
        Assert.Empty(await _http.ListAsync());
    }

    [Fact]
    public async Task A_form_without_files_and_a_body_that_is_no_form_are_refused()
    {
        using var noFiles = await _http.PostAsync(new Uri("/api/documents", UriKind.Relative),
            new MultipartFormDataContent { { new StringContent("x"), "comment" } });
        using var json = await _http.PostAsJsonAsync(new Uri("/api/documents", UriKind.Relative), new { files = "a.pdf" });

        await AssertProblemAsync(noFiles, HttpStatusCode.BadRequest);
        await AssertProblemAsync(json, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Garbage_with_a_document_name_ends_failed_or_flagged_never_lost()
    {
        var garbage = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\u0001\u0002 zz ## | | ---\n", 50)));
        var binary = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray();

        var upload = await _http.UploadAsync([("garbage.md", garbage), ("noise.txt", binary), ("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n garbage"))]);
        var done = await _http.WaitFinishedAsync(upload.Documents.Select(d => d.Id));

        Assert.All(done, d =>
        {
            Assert.Contains(d.Status, new[] { "ready", "needs-review", "failed" });
            if (d.Status == "failed")
            {
                Assert.False(string.IsNullOrWhiteSpace(d.Reason));
            }
        });
        Assert.Equal("failed", done.Single(d => d.FileName == "broken.pdf").Status);
    }

    [Fact]
    public async Task Listing_by_an_unknown_status_is_a_problem_and_by_a_known_one_filters()
    {
        var upload = await _http.UploadAsync([(Corpus.Exports[2], Corpus.Read(Corpus.Exports[2]))]);
        var done = (await _http.WaitFinishedAsync(upload.Documents.Select(d => d.Id)))[0];

        using var unknown = await _http.GetAsync(new Uri("/api/documents?status=done", UriKind.Relative));
        await AssertProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Single(await _http.ListAsync($"status={done.Status}"));
        Assert.Empty(await _http.ListAsync("status=queued"));
    }

    [Fact]
    public async Task Health_answers_200_with_every_check()
    {
        using var response = await _http.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"database\"", body, StringComparison.Ordinal);
        Assert.Contains("\"blobs\"", body, StringComparison.Ordinal);
        Assert.Contains("\"jobs\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_documents_are_404()
    {
        using var response = await _http.GetAsync(new Uri($"/api/documents/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<ProblemDetails> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));
        return problem;
    }

    public void Dispose()
    {
        _http.Dispose();
        _service.Dispose();
        _data.Dispose();
    }
}
