using System.ComponentModel.DataAnnotations;

namespace SopIngest.Web.Auth;

/// <summary>
/// <c>SopIngest:Auth</c>: the users who may sign in (from configuration; hashes made on the admin page or with
/// <c>UserDirectory.HashPassword</c>) and whether the document API is open to anonymous callers.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "SopIngest:Auth";

    public List<ConfiguredUser> Users { get; init; } = [];

    /// <summary>
    /// False (default): <c>/api/documents</c> needs a signed-in user with the right role, like the UI.
    /// True: anonymous scripts may use it (only behind a proxy on a trusted network, or in tests of the pipeline).
    /// The public catalogue API (<c>/api/sops</c>) is always open.
    /// </summary>
    public bool OpenDocumentsApi { get; init; }

    /// <summary>How long a sign-in lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(8);
}

/// <summary>One user: name, display name, roles, and an ASP.NET Core Identity password hash (PBKDF2, salted).</summary>
public sealed class ConfiguredUser
{
    public string UserName { get; init; } = "";
    public string? DisplayName { get; init; }
    public string PasswordHash { get; init; } = "";
    public List<string> Roles { get; init; } = [];
}
