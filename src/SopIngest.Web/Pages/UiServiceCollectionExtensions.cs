using SopIngest.Web.Auth;

namespace SopIngest.Web.Pages;

/// <summary>The server-rendered UI: Razor Pages (one folder per screen) and its static files.</summary>
public static class UiServiceCollectionExtensions
{
    public static IServiceCollection AddReviewUi(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Inbox", Roles.Policies.Staff);
            o.Conventions.AuthorizeFolder("/Review", Roles.Policies.Staff);
            o.Conventions.AuthorizeFolder("/Admin", Roles.Policies.Administer);
        });
        return services;
    }

    public static WebApplication MapReviewUi(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
