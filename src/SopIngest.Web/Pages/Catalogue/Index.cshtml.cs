using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SopIngest.Web.Pages.Catalogue;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
