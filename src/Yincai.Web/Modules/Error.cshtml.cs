using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string MessageKey { get; private set; } = "Error_500";

    public void OnGet(int? code) => MessageKey = code switch
    {
        400 => "Error_400",
        404 => "Error_404",
        403 => "Error_403",
        429 => "Error_429",
        _ => "Error_500",
    };

    public void OnPost(int? code) => OnGet(code);
}
