using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SopIngest.Web.Documents;

namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>The service's HTTP API as a test uses it.</summary>
internal static class DocumentsApi
{
    public static readonly string[] Finished = ["needs-review", "ready", "failed", "approved", "published"];

    public static async Task<HttpResponseMessage> PostFilesAsync(this HttpClient http, IEnumerable<(string Name, byte[] Content)> files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return await http.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
    }

    public static async Task<UploadResponse> UploadAsync(this HttpClient http, IEnumerable<(string Name, byte[] Content)> files)
    {
        using var response = await http.PostFilesAsync(files);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UploadResponse>())!;
    }

    public static async Task<DocumentDetail> GetDocumentAsync(this HttpClient http, Guid id) =>
        (await http.GetFromJsonAsync<DocumentDetail>(new Uri($"/api/documents/{id}", UriKind.Relative)))!;

    public static async Task<IReadOnlyList<DocumentSummary>> ListAsync(this HttpClient http, string query = "") =>
        (await http.GetFromJsonAsync<List<DocumentSummary>>(new Uri($"/api/documents?take=1000&{query}", UriKind.Relative)))!;

    /// <summary>
    /// Polls until every document has finished (ready, needs-review or failed). The limit only stops a hung test;
    /// nothing is asserted about how long it took.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentDetail>> WaitFinishedAsync(this HttpClient http, IEnumerable<Guid> ids,
        TimeSpan? limit = null)
    {
        var wanted = ids.Distinct().ToList();
        var until = Environment.TickCount64 + (long)(limit ?? TimeSpan.FromMinutes(4)).TotalMilliseconds;
        while (true)
        {
            var details = new List<DocumentDetail>();
            foreach (var id in wanted)
            {
                details.Add(await http.GetDocumentAsync(id));
            }
            if (details.All(d => Finished.Contains(d.Status)))
            {
                return details;
            }
            if (Environment.TickCount64 > until)
            {
                var waiting = details.Where(d => !Finished.Contains(d.Status))
                    .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.FileName}={d.Status} (attempts {d.Attempts}: {d.TechnicalDetail})"));
                using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
                throw new TimeoutException(
                    $"Documents still unfinished: {string.Join("; ", waiting)}\nhealth: {await health.Content.ReadAsStringAsync()}");
            }
            await Task.Delay(250);
        }
    }
}
