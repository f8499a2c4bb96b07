using System.Text;
using Microsoft.EntityFrameworkCore;

namespace SopIngest.Web.Store;

/// <summary>
/// The SOP store's tables. The schema itself is created by the versioned SQL scripts in
/// <c>Store/Migrations/{postgres,sqlite}</c> (<see cref="SchemaMigrator"/>); this context only maps them,
/// with snake_case names on both providers so the scripts and the mapping read alike.
/// </summary>
public sealed class SopDbContext(DbContextOptions<SopDbContext> options) : DbContext(options)
{
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<RevisionRecord> Revisions => Set<RevisionRecord>();
    public DbSet<PublicationRecord> Publications => Set<PublicationRecord>();
    public DbSet<FlagRecord> Flags => Set<FlagRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DocumentRecord>(d =>
        {
            d.ToTable("documents");
            d.Property(x => x.Status).HasConversion<string>();
            d.Property(x => x.SopLink).HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<SopLink>(v, true));
            d.HasIndex(x => x.Sha256).IsUnique();
        });
        modelBuilder.Entity<RevisionRecord>(r =>
        {
            r.ToTable("revisions");
            r.Property(x => x.Kind).HasConversion<string>();
            r.HasIndex(x => new { x.DocumentId, x.Number }).IsUnique();
        });
        modelBuilder.Entity<PublicationRecord>(p =>
        {
            p.ToTable("publications");
            p.HasIndex(x => new { x.SopId, x.Version }).IsUnique();
        });
        modelBuilder.Entity<FlagRecord>(f => f.ToTable("flags"));
        modelBuilder.Entity<ApiTokenRecord>(t =>
        {
            t.ToTable("api_tokens");
            t.HasIndex(x => x.SecretHash).IsUnique();
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
