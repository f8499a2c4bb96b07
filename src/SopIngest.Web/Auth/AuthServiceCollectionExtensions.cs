using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace SopIngest.Web.Auth;

/// <summary>
/// Cookie sign-in with roles, the role policies, antiforgery for every state-changing request of a signed-in
/// user (forms and the UI's fetch calls alike), and the staff-only document API.
/// </summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>The antiforgery header the UI's scripts send (forms send the hidden field).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Users.All(u => !string.IsNullOrWhiteSpace(u.UserName) && u.Roles.All(Roles.All.Contains)),
                $"{AuthOptions.Section}:Users: every user needs a UserName, and roles must be among {string.Join(", ", Roles.All)}.")
            .ValidateOnStart();
        services.AddSingleton<UserDirectory>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "sopingest.af";
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "sopingest.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/masuk";
                o.LogoutPath = "/keluar";
                o.AccessDeniedPath = "/ditolak";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = configuration.GetSection(AuthOptions.Section).GetValue<TimeSpan?>(nameof(AuthOptions.SessionLifetime))
                                   ?? TimeSpan.FromHours(8);
                // APIs answer 401/403; only pages are redirected to the sign-in form.
                o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Policies.Staff, p => p.RequireRole(Roles.Reviewer, Roles.Publisher, Roles.Admin))
            .AddPolicy(Roles.Policies.Review, p => p.RequireRole(Roles.Reviewer, Roles.Admin))
            .AddPolicy(Roles.Policies.Publish, p => p.RequireRole(Roles.Publisher, Roles.Admin))
            .AddPolicy(Roles.Policies.Administer, p => p.RequireRole(Roles.Admin));
        return services;
    }

    /// <summary>Authentication, authorization, then the document API's roles and antiforgery (see <see cref="StaffRequestGuard"/>).</summary>
    public static WebApplication UseSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<StaffRequestGuard>();
        return app;
    }

    /// <summary>The Hangfire dashboard at <c>/hangfire</c>, for admins only (ASP.NET Core authorization, not Hangfire's local-only filter).</summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this WebApplication app)
    {
        var options = new DashboardOptions { Authorization = [], AppPath = "/kotak-masuk", DashboardTitle = "SopIngest jobs" };
        return app.MapHangfireDashboard("/hangfire", options, app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(Roles.Policies.Administer);
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
            context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase) && status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
