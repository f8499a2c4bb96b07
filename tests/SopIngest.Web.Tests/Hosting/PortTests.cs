using System.Net;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Hosting;

/// <summary>
/// The port is configured the ASP.NET Core way: appsettings.json sets no <c>Urls</c>, so <c>ASPNETCORE_URLS</c>, <c>--urls</c>
/// (every other process test) and Kestrel endpoints all work; 5080 is only the default of run.sh and the launch profile.
/// </summary>
public sealed class PortTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Theory]
    [InlineData(ListenBy.UrlsEnvironment)]
    [InlineData(ListenBy.KestrelEndpoint)]
    public async Task The_service_listens_where_it_is_told_and_answers_health_there(ListenBy listen)
    {
        var settings = new Dictionary<string, string?> { ["SopIngest:DataDirectory"] = _data.Path };

        await using var service = await ServiceProcess.StartAsync(settings, listen);
        using var http = new HttpClient { BaseAddress = service.BaseAddress };
        using var health = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains($"Now listening on: {service.BaseAddress.ToString().TrimEnd('/')}", service.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(":5080", service.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
