using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SopIngest.Cli.Push;

/// <summary>
/// The SopIngest service's document API as <c>sopingest push</c> uses it: upload one file, read one document. Every
/// request carries the API token (<c>Authorization: Bearer</c>); the token's user needs the reviewer or admin role to upload.
/// </summary>
internal sealed class ServiceClient(HttpClient http, string token) : IDisposable
{
    /// <summary>States after which a document no longer changes by itself.</summary>
    public static readonly IReadOnlySet<string> Finished = new HashSet<string>(StringComparer.Ordinal)
    {
        "needs-review", "ready", "approved", "published", "failed",
    };

    public Uri Server => http.BaseAddress!;

    /// <summary>Uploads <paramref name="path"/>: the document the service made (or already had), or the service's refusal.</summary>
    public async Task<Answer> UploadAsync(string path, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ProgressContent(path, progress);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "files", Path.GetFileName(path));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        return await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Answer> GetDocumentAsync(Guid id, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}");
        return await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonElement? body = null;
        try
        {
            using var json = JsonDocument.Parse(text);
            body = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            // not JSON (a proxy's error page): the status code says enough
        }
        return new Answer(response.StatusCode, body);
    }

    public void Dispose() => http.Dispose();

    /// <summary>An HTTP answer: its status and JSON body, if it had one.</summary>
    internal sealed record Answer(HttpStatusCode Status, JsonElement? Body)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;

        /// <summary>The problem's detail (or title) when the service refused, else the status code.</summary>
        public string Problem =>
            Body is { ValueKind: JsonValueKind.Object } b && (b.TryGetProperty("detail", out var d) || b.TryGetProperty("title", out d)) &&
            d.ValueKind == JsonValueKind.String
                ? d.GetString()!
                : $"HTTP {(int)Status} {Status}";
    }
}
