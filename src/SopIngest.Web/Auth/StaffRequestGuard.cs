using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SopIngest.Web.Auth;

/// <summary>
/// Two rules the endpoints themselves do not state:
/// <list type="number">
/// <item>The document API (<c>/api/documents</c>, mapped by the service) is staff-only: reading needs any role,
/// uploading, saving, approving and re-queueing need a reviewer, publishing a publisher. Anonymous callers get
/// 401 unless <see cref="AuthOptions.OpenDocumentsApi"/> is set (tests only). Scripts send an API token.</item>
/// <item>A state-changing request from a signed-in user (the cookie travels with any cross-site form) must carry a
/// valid antiforgery token, as a form field or the <c>RequestVerificationToken</c> header; 400 otherwise. Requests
/// authenticated by an API token are exempt: a browser never adds that header on its own.
/// Razor Pages check their forms too; this also covers the JSON/multipart API the UI calls with fetch.
/// The Hangfire dashboard checks its own token.</item>
/// </list>
/// </summary>
public sealed class StaffRequestGuard(RequestDelegate next, IAuthorizationService authorization, IAntiforgery antiforgery,
    IOptionsMonitor<AuthOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (request.Path.StartsWithSegments("/api/documents", StringComparison.OrdinalIgnoreCase) && !options.CurrentValue.OpenDocumentsApi)
        {
            var policy = !unsafeMethod ? Roles.Policies.Staff
                : request.Path.Value!.EndsWith("/publish", StringComparison.OrdinalIgnoreCase) ? Roles.Policies.Publish
                : Roles.Policies.Review;
            if (context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await (ApiTokenHandler.BearerToken(request) is null
                    ? WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "Sign in first",
                        "The document API needs a signed-in user (sign in at /masuk) or an API token (Authorization: Bearer ...; " +
                        "an admin makes one at /admin/token).")
                    : WriteProblemAsync(context, StatusCodes.Status401Unauthorized, "API token refused",
                        "The API token is unknown or revoked, or its user is no longer configured; ask an admin for a new one (/admin/token).")
                ).ConfigureAwait(false);
                return;
            }
            var allowed = await authorization.AuthorizeAsync(context.User, policy).ConfigureAwait(false);
            if (!allowed.Succeeded)
            {
                await WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Not allowed",
                    $"Your role does not allow this (policy '{policy}').").ConfigureAwait(false);
                return;
            }
        }
        if (unsafeMethod && context.User.Identity?.IsAuthenticated == true &&
            context.User.Identity.AuthenticationType != ApiTokenHandler.SchemeName &&
            !request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Antiforgery token missing or invalid",
                    "Reload the page and try again.").ConfigureAwait(false);
                return;
            }
        }
        await next(context).ConfigureAwait(false);
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { type = "about:blank", title, status, detail }, (System.Text.Json.JsonSerializerOptions?)null,
            "application/problem+json", context.RequestAborted);
    }
}
