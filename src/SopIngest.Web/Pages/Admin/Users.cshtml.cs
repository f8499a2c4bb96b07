using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Auth;

namespace SopIngest.Web.Pages.Admin;

/// <summary>The configured users, and a hash generator for adding one to configuration.</summary>
public sealed class UsersModel(UserDirectory users) : PageModel
{
    public IReadOnlyList<ConfiguredUser> Users => users.Users;

    public string? Hash { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 10)
        {
            ModelState.AddModelError("password", "Minimal 10 karakter.");
            return Page();
        }
        Hash = UserDirectory.HashPassword(password);
        return Page();
    }
}
