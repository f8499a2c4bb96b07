using SopIngest.Web.Tests.Infrastructure;

namespace SopIngest.Web.Tests.Store;

public sealed class EmbeddedReviewTests : IDisposable
{
    private readonly TempFolder _data = new();

    [Fact]
    public async Task Revisions_approval_publication_and_queries_work_on_SQLite()
    {
        await using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path, ServiceFactory.FastJobs));
        using var http = service.CreateClient();
        await ReviewScenario.RunAsync(http);
    }

    [Fact]
    public async Task Revised_SOPs_become_new_versions_and_the_list_pages_and_sorts_on_SQLite()
    {
        await using var service = new ServiceFactory(ServiceFactory.Embedded(_data.Path, ServiceFactory.FastJobs));
        using var http = service.CreateClient();
        await SopVersionScenario.RunAsync(http);
    }

    public void Dispose() => _data.Dispose();
}

[Collection(ServersCollection.Name)]
public sealed class PostgresReviewTests(ServersFixture servers)
{
    [Fact]
    public async Task Revisions_approval_publication_and_queries_work_on_PostgreSQL()
    {
        await using var service = new ServiceFactory(await ProductionService.SettingsAsync(servers, "review"));
        using var http = service.CreateClient();
        await ReviewScenario.RunAsync(http);
    }

    [Fact]
    public async Task Revised_SOPs_become_new_versions_and_the_list_pages_and_sorts_on_PostgreSQL()
    {
        await using var service = new ServiceFactory(await ProductionService.SettingsAsync(servers, "versions"));
        using var http = service.CreateClient();
        await SopVersionScenario.RunAsync(http);
    }
}
