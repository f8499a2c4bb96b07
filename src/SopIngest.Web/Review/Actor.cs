using System.Security.Claims;
using SopIngest.Web.Auth;

namespace SopIngest.Web.Review;

/// <summary>
/// Who acts, for the audit trail: the signed-in user, or the user an API token belongs to. Never taken from a
/// request body. Anonymous callers exist only with <see cref="AuthOptions.OpenDocumentsApi"/> (tests).
/// </summary>
public static class Actor
{
    /// <summary>The audit name of anonymous callers of an open document API.</summary>
    public const string Anonymous = "anonymous";

    public static string Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
    }
}
