using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SopIngest.Web.Store;

namespace SopIngest.Web.Auth;

/// <summary>
/// API tokens: an admin makes a named token for a configured user; the token is shown once and only its SHA-256 is
/// stored (a token is 256 random bits, so a fast hash is enough: there is nothing to guess). A request with
/// <c>Authorization: Bearer TOKEN</c> acts as that user, with the user's roles of the moment (<see cref="ApiTokenHandler"/>).
/// Revoked tokens stay listed; last use is recorded to the minute.
/// </summary>
public sealed class ApiTokenService(IDbContextFactory<SopDbContext> contexts, UserDirectory users, TimeProvider time)
{
    /// <summary>Every token starts so, which lets secret scanners and people recognise one.</summary>
    public const string Prefix = "sopi_";

    /// <summary>A token's name says what it is for ("unggah-malam"), not a paragraph.</summary>
    public const int MaxNameLength = 100;

    // One write per minute of use at most: scripts poll, and every request must not become a database write.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Makes a token; the returned secret is the only copy there will ever be.</summary>
    /// <exception cref="ArgumentException">No name, or the user is not configured.</exception>
    public async Task<(ApiTokenRecord Token, string Secret)> CreateAsync(string name, string userName, string createdBy,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (name.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"A token's name has at most {MaxNameLength} characters.", nameof(name));
        }
        var user = users.Find(userName ?? "") ?? throw new ArgumentException($"There is no configured user '{userName}'.", nameof(userName));
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiTokenRecord
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            UserName = user.UserName,
            SecretHash = Hash(secret),
            Hint = secret[..(Prefix.Length + 4)] + "…",
            CreatedBy = createdBy,
            CreatedAt = Now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (token, secret);
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.ApiTokens.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Revokes the token from now on; false when there is no such token or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(Guid id, string revokedBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = Now;
        var rows = await db.ApiTokens.Where(t => t.Id == id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.RevokedBy, revokedBy), cancellationToken)
            .ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>The live (not revoked) token with this secret, its use recorded; null for an unknown or revoked one.</summary>
    public async Task<ApiTokenRecord?> UseAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null, cancellationToken)
            .ConfigureAwait(false);
        if (token is null)
        {
            return null;
        }
        var now = Now;
        if (token.LastUsedAt is not { } last || now - last >= LastUsedPrecision)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken).ConfigureAwait(false);
            token.LastUsedAt = now;
        }
        return token;
    }

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
