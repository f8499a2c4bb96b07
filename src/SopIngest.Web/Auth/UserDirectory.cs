using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SopIngest.Web.Auth;

/// <summary>
/// The configured users and password checks. Hashes are ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// format (PBKDF2-HMAC-SHA512, per-password salt, 100,000 iterations), so configuration never holds a password.
/// </summary>
public sealed class UserDirectory(IOptionsMonitor<AuthOptions> options)
{
    private static readonly PasswordHasher<ConfiguredUser> Hasher = new();

    // Checked against when the user name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new ConfiguredUser(), Guid.NewGuid().ToString("N"));

    public IReadOnlyList<ConfiguredUser> Users => options.CurrentValue.Users;

    public ConfiguredUser? Find(string userName) =>
        Users.FirstOrDefault(u => string.Equals(u.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The user when the password matches, else null.</summary>
    public ConfiguredUser? Verify(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var user = Find(userName);
        if (user is null || string.IsNullOrEmpty(user.PasswordHash))
        {
            Hasher.VerifyHashedPassword(new ConfiguredUser(), DummyHash, password);
            return null;
        }
        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        return result is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded ? user : null;
    }

    public static string HashPassword(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Hasher.HashPassword(new ConfiguredUser(), password);
    }
}
