using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>An officer uploads a workbook of one kind, in one mode; it is checked at once and then imported in the background.</summary>
[UploadLimit(MaxFileBytes, MaxRequestBytes = MaxFileBytes + 1024 * 1024)]
public sealed class NewModel(ImportUploads uploads, Microsoft.Extensions.Options.IOptions<ImportsOptions> options) : PageModel
{
    // The configured file limit (30 MB by default) is checked on the file itself; this is the most it may be configured to.
    private const int MaxFileBytes = 100 * 1024 * 1024;

    [BindProperty] public InputModel Input { get; set; } = new();
    public ImportsOptions Limits => options.Value;

    public void OnGet(ImportKind? kind)
    {
        if (kind is { } k) Input.Kind = k;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        byte[] content = [];
        if (Input.File is { Length: > 0 } file)
        {
            using var buffer = new MemoryStream((int)Math.Min(file.Length, MaxFileBytes));
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            content = buffer.ToArray();
        }
        var queued = await uploads.QueueAsync(Input.Kind, Input.Mode, Input.File?.FileName ?? "", content, HttpContext.RequestAborted);
        if (queued.IsError)
        {
            ModelState.AddModelError("Input." + (queued.Error!.Field ?? ""), queued.Error.Message);
            return Page();
        }
        return Redirect("/Imports/Details?id=" + queued.Value!.Id);
    }

    public sealed class InputModel
    {
        [Display(Name = "Field_Kind")] public ImportKind Kind { get; set; } = ImportKind.Talents;
        [Display(Name = "Field_Mode")] public ImportMode Mode { get; set; } = ImportMode.AllOrNothing;
        [Display(Name = "Field_File")] public IFormFile? File { get; set; }
    }
}
