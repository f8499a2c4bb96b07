namespace SopIngest.Web.Store;

/// <summary>
/// An API token an admin made for a user. Only <see cref="SecretHash"/> (SHA-256, hex) of the token is stored;
/// <see cref="Hint"/> is its first characters, to tell tokens apart in a list. Revoked tokens stay for the record.
/// </summary>
public sealed class ApiTokenRecord
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string UserName { get; set; }
    public required string SecretHash { get; set; }
    public required string Hint { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? RevokedAt { get; set; }
}
