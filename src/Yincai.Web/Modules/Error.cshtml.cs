using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules;

/// <summary>The page for an error status (re-executed with <c>?code=</c>) and for an exception a page did not handle.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string MessageKey { get; private set; } = "Error_500";

    /// <summary>Under which the exception was logged (for a 500 from an exception only).</summary>
    public string? Reference { get; private set; }

    public void OnGet(int? code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        var status = exception is not null ? HttpContext.Response.StatusCode : code;
        MessageKey = status switch
        {
            400 => "Error_400",
            404 => "Error_404",
            403 => "Error_403",
            409 => "Error_409",
            429 => "Error_429",
            _ => "Error_500",
        };
        if (exception is not null && status >= 500) Reference = Platform.PlatformExceptionHandler.ReferenceOf(HttpContext);
    }

    public void OnPost(int? code) => OnGet(code);
}
