using SopIngest.Web.Review;

namespace SopIngest.Web.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>The review rules' service (save, approve, publish, one or many), the publisher (repository writes) and the queries they use.</summary>
    public static IServiceCollection AddPublishing(this IServiceCollection services)
    {
        services.AddSingleton<ReviewService>();
        services.AddSingleton<SopPublisher>();
        services.AddSingleton<Store.CatalogueQueries>();
        return services;
    }
}
