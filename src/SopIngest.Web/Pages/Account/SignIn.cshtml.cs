using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Auth;

namespace SopIngest.Web.Pages.Account;

public sealed class SignInModel(UserDirectory users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = users.Verify(UserName ?? "", Password ?? "");
        if (user is null)
        {
            Error = "Nama pengguna atau kata sandi salah.";
            return Page();
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.UserName),
            new("display_name", user.DisplayName ?? user.UserName),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        // Only local return URLs: an open redirect after sign-in is a phishing tool.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/kotak-masuk");
    }
}
