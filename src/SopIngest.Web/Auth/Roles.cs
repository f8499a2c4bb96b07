namespace SopIngest.Web.Auth;

/// <summary>
/// The three roles and the policies built on them. Reviewers fix and approve, publishers publish, admins do
/// everything (and see users and the Hangfire dashboard). Every signed-in role may read the inbox and review pages.
/// </summary>
public static class Roles
{
    public const string Reviewer = "reviewer";
    public const string Publisher = "publisher";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Reviewer, Publisher, Admin];

    /// <summary>Policy names, used with <c>[Authorize(Policy = ...)]</c> and <c>RequireAuthorization</c>.</summary>
    public static class Policies
    {
        public const string Staff = "staff";
        public const string Review = "review";
        public const string Publish = "publish";
        public const string Administer = "administer";
    }
}
