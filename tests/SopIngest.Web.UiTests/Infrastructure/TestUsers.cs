namespace SopIngest.Web.UiTests.Infrastructure;

/// <summary>One user per role, configured into the app under test with real password hashes.</summary>
public static class TestUsers
{
    public static readonly (string Name, string Password, string Role) Reviewer = ("rina", "rina-ulas-12345", "reviewer");
    public static readonly (string Name, string Password, string Role) Publisher = ("pandu", "pandu-terbit-12345", "publisher");
    public static readonly (string Name, string Password, string Role) Admin = ("adi", "adi-admin-12345", "admin");

    public static IEnumerable<(string Name, string Password, string Role)> All => [Reviewer, Publisher, Admin];
}
