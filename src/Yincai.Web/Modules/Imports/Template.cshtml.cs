using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Imports;

/// <summary>The template of a kind: the header row the import expects and one example row, then a sheet that
/// explains every column and its allowed values.</summary>
public sealed class TemplateModel(ImportUploads uploads, IStringLocalizer<ImportsResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(ImportKind kind)
    {
        if (!Enum.IsDefined(kind)) return NotFound();
        var columns = uploads.Importer(kind).Columns;
        Response.ContentType = ExcelWriter.ContentType;
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"template-{kind.ToString().ToLowerInvariant()}.xlsx",
            FileNameStar = text["Template_FileName_" + kind].Value + ".xlsx",
        }.ToString();
        string Required(ImportColumn c) => c.Required ? text["Template_Required"] : text["Template_Optional"];
        using var written = new MemoryStream();
        await ExcelWriter.WriteAsync(written,
        [
            new ExcelSheet(text["Template_DataSheet"], columns.Select(c => c.Header).ToList(), [columns.Select(c => (string?)c.Example).ToList()]),
            new ExcelSheet(text["Template_HelpSheet"], [text["Template_Column"], text["Template_RequiredHeader"], text["Template_Help"]],
                columns.Select(c => (IReadOnlyList<string?>)[c.Header, Required(c), c.Help])),
        ], HttpContext.RequestAborted);
        var textColumns = columns.Select((c, i) => (c, i)).Where(x => x.c.AsText).Select(x => x.i).ToList();
        var template = ExcelTextColumns.Apply(written.ToArray(), textColumns);
        await Response.Body.WriteAsync(template, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
