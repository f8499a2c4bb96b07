extern alias web;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SopIngest.Web.Auth;

namespace SopIngest.Cli.Tests.Push;

/// <summary>
/// The SopIngest service on embedded storage and a real Kestrel port (what <c>sopingest push</c> talks to), with a reviewer
/// and a publisher to make API tokens for. One per test class.
/// </summary>
public sealed class PushService : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("sopingest-push-").FullName;
    private Factory? _factory;

    public Uri Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SopIngest:DataDirectory"] = _data,
            ["SopIngest:Jobs:WorkerCount"] = "2",
        };
        foreach (var (i, name, role) in new[] { (0, "rina", "reviewer"), (1, "pandu", "publisher") })
        {
            settings[$"SopIngest:Auth:Users:{i}:UserName"] = name;
            settings[$"SopIngest:Auth:Users:{i}:PasswordHash"] = UserDirectory.HashPassword($"{name}-kata-sandi-12345");
            settings[$"SopIngest:Auth:Users:{i}:Roles:0"] = role;
        }
        _factory = new Factory(settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Server = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        await Task.CompletedTask;
    }

    /// <summary>A new API token for <paramref name="user"/>, as an admin would make it on /admin/token.</summary>
    public async Task<(Guid Id, string Secret)> TokenAsync(string user)
    {
        var (token, secret) = await _factory!.Services.GetRequiredService<ApiTokenService>().CreateAsync("push-test", user, "admin", default);
        return (token.Id, secret);
    }

    public Task RevokeAsync(Guid id) => _factory!.Services.GetRequiredService<ApiTokenService>().RevokeAsync(id, "admin", default);

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<web::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
