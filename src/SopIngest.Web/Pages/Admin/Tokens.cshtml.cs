using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SopIngest.Web.Auth;
using SopIngest.Web.Review;
using SopIngest.Web.Store;

namespace SopIngest.Web.Pages.Admin;

/// <summary>API tokens for scripts: make one for a user (its secret shown once, on this answer only), see when each was last used, revoke.</summary>
public sealed class TokensModel(ApiTokenService tokens, UserDirectory users) : PageModel
{
    public IReadOnlyList<ApiTokenRecord> Tokens { get; private set; } = [];
    public IReadOnlyList<ConfiguredUser> Users => users.Users;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    /// <summary>The new token's secret: in this one answer, never stored, never shown again.</summary>
    public string? NewSecret { get; private set; }
    public ApiTokenRecord? NewToken { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tokens = await tokens.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > ApiTokenService.MaxNameLength || users.Find(UserName ?? "") is null)
        {
            ModelState.AddModelError(nameof(Name), $"Isi nama token (paling banyak {ApiTokenService.MaxNameLength} karakter) dan pilih pengguna.");
        }
        else
        {
            (NewToken, NewSecret) = await tokens.CreateAsync(Name, UserName!, Actor.Of(User), cancellationToken);
            // the secret must not end up in a proxy's or the browser's cache
            Response.Headers.CacheControl = "no-store";
        }
        Tokens = await tokens.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        Message = await tokens.RevokeAsync(id, Actor.Of(User), cancellationToken)
            ? "Token dicabut; permintaan dengan token itu kini ditolak (401)."
            : "Token tidak ditemukan atau sudah dicabut.";
        return RedirectToPage();
    }
}
