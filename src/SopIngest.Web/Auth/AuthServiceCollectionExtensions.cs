using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SopIngest.Web.Auth;

/// <summary>
/// Cookie sign-in with roles, API tokens (<c>Authorization: Bearer</c>, on <c>/api</c> only) acting as their user,
/// the role policies, antiforgery for every state-changing request of a signed-in user (forms and the UI's fetch calls
/// alike; token requests carry no cookie and need none), and the staff-only document API.
/// </summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>The antiforgery header the UI's scripts send (forms send the hidden field).</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    // Picks the cookie or the API token handler per request.
    private const string CookieOrToken = "CookieOrToken";

    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Users.All(u => !string.IsNullOrWhiteSpace(u.UserName) && u.Roles.All(Roles.All.Contains)),
                $"{AuthOptions.Section}:Users: every user needs a UserName, and roles must be among {string.Join(", ", Roles.All)}.")
            .ValidateOnStart();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<ApiTokenService>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "sopingest.af";
        });
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrToken;
                o.DefaultChallengeScheme = CookieOrToken;
            })
            .AddPolicyScheme(CookieOrToken, "Sign-in cookie, or an API token on /api", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && ApiTokenHandler.BearerToken(context.Request) is not null
                    ? ApiTokenHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
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
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.OpenDocumentsApi)
        {
            app.Logger.LogWarning(
                "SopIngest:Auth:OpenDocumentsApi is on: anyone who can reach this service can upload, edit, approve and publish documents " +
                "without signing in. It is meant for tests only; scripts should use API tokens (docs/SERVICE.md, 'Scripts and API tokens').");
        }
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
