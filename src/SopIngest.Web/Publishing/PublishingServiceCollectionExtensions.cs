namespace SopIngest.Web.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>The publisher (override rule, repository writes) and the renderers it uses.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton<SopPublisher>();
        services.AddSingleton<Store.CatalogueQueries>();
        return services;
    }
}
