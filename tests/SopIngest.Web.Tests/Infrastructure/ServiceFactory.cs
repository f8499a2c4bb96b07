using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SopIngest.Web.Tests.Infrastructure;

/// <summary>
/// The real service in-process, configured by settings (the same keys as appsettings.json / command line).
/// <see cref="Configure"/> lets a test wrap a service (the poisoned-document extractor); nothing is mocked.
/// </summary>
public sealed class ServiceFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<Program>
{
    public static IReadOnlyDictionary<string, string?> Embedded(string dataDirectory, params (string Key, string? Value)[] extra) =>
        With(new Dictionary<string, string?>
        {
            ["SopIngest:DataDirectory"] = dataDirectory,
        }, extra);

    public static IReadOnlyDictionary<string, string?> Production(string postgres, string blobs, string container,
        params (string Key, string? Value)[] extra) =>
        With(ServiceSettings.Production(postgres, blobs, container), extra);

    /// <summary>Short intervals so recovery happens within a test's patience; the defaults are minutes.</summary>
    public static readonly (string Key, string? Value)[] FastJobs =
    [
        ("SopIngest:Jobs:LeaseDuration", "00:00:06"),
        ("SopIngest:Jobs:SweepInterval", "00:00:02"),
        ("SopIngest:Jobs:RequeueAfter", "00:00:20"),
        ("SopIngest:Jobs:PollInterval", "00:00:00.500"),
        ("SopIngest:Jobs:InvisibilityTimeout", "00:01:00"),
        ("SopIngest:Jobs:WorkerCount", "2"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (configure is not null)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    private static Dictionary<string, string?> With(Dictionary<string, string?> settings, (string Key, string? Value)[] extra)
    {
        // These tests drive the pipeline through its API as a script would; the review UI's sign-in is tested elsewhere.
        settings["SopIngest:Auth:OpenDocumentsApi"] = "true";
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        return settings;
    }
}
