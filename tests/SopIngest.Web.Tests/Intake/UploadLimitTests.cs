using System.Net;
using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Intake;

public sealed class UploadLimitTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413()
    {
        using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path, ("SopIngest:Intake:MaxFileBytes", "1000")));
        using var http = service.CreateClient();

        using var response = await http.PostFilesAsync([("big.txt", new byte[1001])]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_over_the_request_limit_is_refused_with_413()
    {
        using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path,
            ("SopIngest:Intake:MaxFileBytes", "1000"), ("SopIngest:Intake:MaxRequestBytes", "4000")));
        using var http = service.CreateClient();

        using var response = await http.PostFilesAsync(Enumerable.Range(0, 8).Select(i => ($"f{i}.txt", new byte[900])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();
}
