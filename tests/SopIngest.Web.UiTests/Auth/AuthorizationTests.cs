using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Core.Model;
using SopIngest.Web.Auth;
using SopIngest.Web.Store;
using SopIngest.Web.UiTests.Infrastructure;

namespace SopIngest.Web.UiTests.Auth;

[Collection(UiCollection.Name)]
public sealed class AuthorizationTests(UiApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/sops")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/masuk")]
    public async Task Anonymous_can_read_the_catalogue_and_its_API(string path)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/kotak-masuk")]
    [InlineData("/tinjau/6b1f3c1e-0000-4000-8000-000000000001")]
    [InlineData("/admin/pengguna")]
    [InlineData("/hangfire")]
    public async Task Anonymous_is_sent_to_sign_in_from_staff_pages(string path)
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/documents")]
    [InlineData("GET", "/api/documents/6b1f3c1e-0000-4000-8000-000000000001")]
    [InlineData("POST", "/api/documents")]
    [InlineData("POST", "/api/documents/6b1f3c1e-0000-4000-8000-000000000001/publish")]
    public async Task Anonymous_cannot_use_the_document_API(string method, string path)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_does_not_sign_in()
    {
        using var client = app.NewClient();
        var token = await UiApp.TokenAsync(client, "/masuk");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = TestUsers.Reviewer.Name, ["password"] = "salah-sekali", ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/masuk", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("salah", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var inbox = await client.GetAsync(new Uri("/kotak-masuk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
    }

    [Fact]
    public async Task A_reviewer_cannot_publish_nor_open_the_admin_pages()
    {
        using var admin = app.NewClient();
        var adminToken = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, adminToken, TestDocuments.MissingNumberAndActor("reviewer-cannot-publish")))[0];
        using var approve = Post($"/api/documents/{id}/approve", adminToken, JsonContent.Create(new { author = "adi" }));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(approve)).StatusCode);

        using var reviewer = app.NewClient();
        var token = await UiApp.SignInAsync(reviewer, TestUsers.Reviewer);
        using var api = Post($"/api/documents/{id}/publish", token, JsonContent.Create(new { author = "rina" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.SendAsync(api)).StatusCode);
        using var page = Post($"/tinjau/{id}?handler=Publish", token, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["OverrideReason"] = "saya peninjau tetapi mencoba menerbitkan",
        }));
        var pageResponse = await reviewer.SendAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, pageResponse.StatusCode);
        Assert.StartsWith("/ditolak", pageResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Approved, (await app.Services.GetRequiredService<SopStore>().FindAsync(id, default))!.Status);
        Assert.Empty(await app.Services.GetRequiredService<SopStore>().GetPublicationsAsync(id, default));

        using var users = await reviewer.GetAsync(new Uri("/admin/pengguna", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/ditolak", users.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        using var dashboard = await reviewer.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_the_jobs_dashboard()
    {
        using var admin = app.NewClient();
        await UiApp.SignInAsync(admin, TestUsers.Admin);
        using var dashboard = await admin.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Every_POST_without_an_antiforgery_token_is_refused()
    {
        using var admin = app.NewClient();
        var token = await UiApp.SignInAsync(admin, TestUsers.Admin);
        var id = (await UiApp.UploadAsync(admin, token, TestDocuments.MissingNumberAndActor("antiforgery")))[0];
        string[] targets =
        [
            "/masuk", "/keluar", "/admin/pengguna", $"/tinjau/{id}?handler=Save", $"/tinjau/{id}?handler=Approve",
            $"/tinjau/{id}?handler=Publish", "/api/documents", $"/api/documents/{id}/revisions", $"/api/documents/{id}/approve",
            $"/api/documents/{id}/publish", $"/api/documents/{id}/requeue",
        ];
        foreach (var target in targets)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Number"] = "X", ["password"] = "abcdefghijkl" });
            using var response = await admin.PostAsync(new Uri(target, UriKind.Relative), form);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {target} without a token answered {(int)response.StatusCode}");
        }
        using var json = await admin.PostAsync(new Uri($"/api/documents/{id}/approve", UriKind.Relative), JsonContent.Create(new { author = "adi" }));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        // nothing happened: still revision 1, not approved, still signed in
        var document = (await app.Services.GetRequiredService<SopStore>().FindAsync(id, default))!;
        Assert.Equal(1, document.CurrentRevision);
        Assert.NotEqual(DocumentStatus.Approved, document.Status);
        using var inbox = await admin.GetAsync(new Uri("/kotak-masuk", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    internal static HttpRequestMessage Post(string path, string token, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(AuthServiceCollectionExtensions.AntiforgeryHeader, token);
        return request;
    }
}
