using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Auth;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Auth;

/// <summary>
/// API tokens as an admin makes them on /admin/token and a script uses them: shown once, kept only as a hash, acting as
/// their user with that user's role, recorded when used, refused once revoked.
/// </summary>
[Collection(UiCollection.Name)]
public sealed partial class ApiTokenTests(UiApp app)
{
    [Fact]
    public async Task A_token_made_by_an_admin_uploads_and_reads_as_its_user_until_revoked_and_is_never_stored_in_clear()
    {
        using var admin = app.NewClient();
        var adminToken = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var (id, secret) = await CreateTokenAsync(admin, adminToken, "skrip-unggah", TestUsers.Reviewer.Name);
        Assert.StartsWith(ApiTokenService.Prefix, secret, StringComparison.Ordinal);

        // shown once: the list shows its hint, never the token again
        var list = await admin.GetStringAsync(new Uri("/admin/token", UriKind.Relative));
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains(secret[..(ApiTokenService.Prefix.Length + 4)], list, StringComparison.Ordinal);

        // stored as its SHA-256 only: no column of any token row holds the token
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SopDbContext>>().CreateDbContextAsync())
        {
            var row = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), row.SecretHash);
            Assert.DoesNotContain(secret, JsonSerializer.Serialize(await db.ApiTokens.AsNoTracking().ToListAsync()), StringComparison.Ordinal);
            Assert.Null(row.LastUsedAt);
        }

        // used by a script: no cookie, no antiforgery token, just the bearer token
        using var script = Script(secret);
        using var form = new MultipartFormDataContent();
        var file = TestDocuments.MissingNumberAndActor("token-unggah");
        form.Add(new ByteArrayContent(file.Content), "files", file.Name);
        using var upload = await script.PostAsync(new Uri("/api/documents", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var documentId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0].GetProperty("id").GetGuid();
        var detail = await WaitExtractedAsync(script, documentId);
        Assert.Equal(documentId, detail.GetProperty("id").GetGuid());

        // it acts as its user: the revision saved with it is the reviewer's, whatever the body says
        var sop = JsonNode.Parse(detail.GetProperty("result").GetRawText())!;
        sop["number"] = "SOP/34.04/127/2018";
        using var saved = await script.PostAsJsonAsync(new Uri($"/api/documents/{documentId}/revisions", UriKind.Relative),
            new { author = "siapa-saja", basedOnRevision = 1, sop });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(TestUsers.Reviewer.Name, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("author").GetString());
        var used = (await app.Services.GetRequiredService<ApiTokenService>().ListAsync(default)).Single(t => t.Id == id);
        Assert.NotNull(used.LastUsedAt);
        Assert.Contains(used.LastUsedAt!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            await admin.GetStringAsync(new Uri("/admin/token", UriKind.Relative)), StringComparison.Ordinal);

        // a token only opens the API, not the pages
        using var pageWithToken = await script.GetAsync(new Uri("/kotak-masuk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, pageWithToken.StatusCode);

        // revoked on the admin page: refused from then on
        using var revoke = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = adminToken });
        using var revoked = await admin.PostAsync(new Uri($"/admin/token?handler=Revoke&id={id}", UriKind.Relative), revoke);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var after = await script.GetAsync(new Uri($"/api/documents/{documentId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("revoked", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_carries_its_users_role_so_a_reviewers_token_cannot_publish_and_a_publishers_can()
    {
        using var admin = app.NewClient();
        var adminToken = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var (_, reviewerSecret) = await CreateTokenAsync(admin, adminToken, "peninjau", TestUsers.Reviewer.Name);
        var (_, publisherSecret) = await CreateTokenAsync(admin, adminToken, "penerbit", TestUsers.Publisher.Name);
        var id = (await UiApp.UploadAsync(admin, adminToken, TestDocuments.MissingNumberAndActor("token-peran")))[0];
        using var reviewer = Script(reviewerSecret);
        using var publisher = Script(publisherSecret);

        using var approved = await reviewer.PostAsync(new Uri($"/api/documents/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        using var refused = await reviewer.PostAsJsonAsync(new Uri($"/api/documents/{id}/publish", UriKind.Relative),
            new { overrideReason = "peninjau mencoba menerbitkan" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var notAllowed = await publisher.PostAsync(new Uri($"/api/documents/{id}/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        Assert.Equal(DocumentStatus.Approved, (await app.Services.GetRequiredService<SopStore>().FindAsync(id, default))!.Status);

        // the publisher's token publishes, under the publisher's name, with the reason the error flags need
        using var published = await publisher.PostAsJsonAsync(new Uri($"/api/documents/{id}/publish", UriKind.Relative),
            new { author = "bukan-saya", overrideReason = "nomor menyusul, diterbitkan lewat token" });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(TestUsers.Publisher.Name, version.GetProperty("publishedBy").GetString());
        Assert.Equal("nomor menyusul, diterbitkan lewat token", version.GetProperty("overrideReason").GetString());
    }

    [Fact]
    public async Task An_unknown_token_is_refused_with_a_problem_saying_so()
    {
        using var script = Script(ApiTokenService.Prefix + "tidak-ada-token-seperti-ini");
        using var response = await script.GetAsync(new Uri("/api/documents", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("API token refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    /// <summary>Makes a token on the admin page and reads its secret from the one answer that shows it.</summary>
    internal static async Task<(Guid Id, string Secret)> CreateTokenAsync(HttpClient admin, string antiforgery, string name, string user)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["UserName"] = user, ["__RequestVerificationToken"] = antiforgery,
        });
        using var response = await admin.PostAsync(new Uri("/admin/token?handler=Create", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        var secret = WebUtility.HtmlDecode(NewToken().Match(html).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(secret), "the new token is not on the page");
        var row = RowOf(name).Match(html);
        return (Guid.Parse(row.Groups[1].Value), secret);
    }

    private HttpClient Script(string secret)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<JsonElement> WaitExtractedAsync(HttpClient client, Guid id)
    {
        var until = Environment.TickCount64 + 120_000;
        while (true)
        {
            var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/documents/{id}", UriKind.Relative));
            if (detail.GetProperty("status").GetString() is "needs-review" or "ready")
            {
                return detail;
            }
            Assert.True(Environment.TickCount64 < until, $"document {id} not extracted");
            await Task.Delay(200);
        }
    }

    [GeneratedRegex("<pre id=\"new-token\" class=\"hash\">([^<]+)</pre>")]
    private static partial Regex NewToken();

    private static Regex RowOf(string name) => new($"<tr data-id=\"([0-9a-f-]+)\">\\s*<td>{Regex.Escape(name)}</td>");
}
