using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopIngest.Web.Auth;

namespace SopIngest.Web.UiTests.Infrastructure;

/// <summary>
/// One running service (embedded storage in a temp folder, three users) and one headless Chromium for the
/// whole test collection. Documents are uploaded through the API as a signed-in admin, like the inbox page does.
/// </summary>
public sealed partial class UiApp : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("sopingest-ui-").FullName;
    private UiFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    /// <summary>Screenshots and rendered pages kept after the run: bin/.../artifacts.</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SopIngest:DataDirectory"] = dataDirectory,
            ["SopIngest:Jobs:WorkerCount"] = "2",
        };
        var i = 0;
        foreach (var (name, password, role) in TestUsers.All)
        {
            settings[$"SopIngest:Auth:Users:{i}:UserName"] = name;
            settings[$"SopIngest:Auth:Users:{i}:DisplayName"] = name.ToUpperInvariant();
            settings[$"SopIngest:Auth:Users:{i}:PasswordHash"] = UserDirectory.HashPassword(password);
            settings[$"SopIngest:Auth:Users:{i}:Roles:0"] = role;
            i++;
        }
        factory = new UiFactory(settings);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Debian's Chromium, headless; Playwright never downloads a browser here.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (browser is not null)
        {
            return browser;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        return browser;
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "id-ID",
        });
        // the machine is shared and OCR runs beside the browser: waits only stop a hung test, 60 s leaves room for load
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task SignInAsync(IPage page, (string Name, string Password, string Role) user)
    {
        await page.GotoAsync("/masuk");
        await page.FillAsync("input[name=userName]", user.Name);
        await page.FillAsync("input[name=password]", user.Password);
        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync(url => !url.Contains("/masuk", StringComparison.Ordinal));
    }

    /// <summary>An HTTP client with its own cookies; no redirects followed, so tests see 302s.</summary>
    public HttpClient NewClient()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>Signs <paramref name="client"/> in through the form and returns an antiforgery token for its requests.</summary>
    public static async Task<string> SignInAsync(HttpClient client, (string Name, string Password, string Role) user)
    {
        var token = await TokenAsync(client, "/masuk");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user.Name, ["password"] = user.Password, ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/masuk", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // a fresh token bound to the signed-in user
        return await TokenAsync(client, "/kotak-masuk");
    }

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var match = TokenField().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Uploads files through the API (as the signed-in client) and waits until each is extracted.</summary>
    public static async Task<IReadOnlyList<Guid>> UploadAsync(HttpClient client, string token, params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add(AuthServiceCollectionExtensions.AntiforgeryHeader, token);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ids = body.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        var until = Environment.TickCount64 + 120_000;
        foreach (var id in ids)
        {
            while (true)
            {
                var detail = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/documents/{id}", UriKind.Relative));
                var status = detail.GetProperty("status").GetString();
                if (status is "needs-review" or "ready" or "approved" or "published")
                {
                    break;
                }
                Assert.NotEqual("failed", status);
                Assert.True(Environment.TickCount64 < until, $"document {id} still {status}");
                await Task.Delay(200);
            }
        }
        return ids;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

[CollectionDefinition(Name)]
public sealed class UiCollection : ICollectionFixture<UiApp>
{
    public const string Name = "ui";
}
