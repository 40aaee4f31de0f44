using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Shared;

namespace Yincai.Platform.Excel;

/// <summary>
/// Sends an officer's list as .xlsx (SECURITY.md §3, export): at most <see cref="RowCap"/> rows, masked as on
/// screen by the caller, with a watermark naming the user and the time. The export is audited with its filter and
/// row count before the first byte goes out, so that no file leaves without its audit row.
/// </summary>
public sealed class ExcelExports(YincaiDb db, CurrentUser current, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int RowCap = 200_000;

    /// <summary>Exports the rows of <paramref name="query"/> (already filtered and ordered), read as they are written.</summary>
    public async Task WriteAsync<T>(HttpContext http, ExcelExport export, IQueryable<T> query, Func<T, IReadOnlyList<string?>> cells)
    {
        var counted = await query.Take(RowCap + 1).CountAsync(http.RequestAborted);
        // Read synchronously: the writer pulls rows one at a time, and only this request's thread waits for them.
        await WriteAsync(http, export, Math.Min(counted, RowCap), counted > RowCap, query.Take(RowCap).AsEnumerable().Select(cells));
    }

    public async Task WriteAsync(HttpContext http, ExcelExport export, int rowCount, bool capped, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var cancellationToken = http.RequestAborted;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Audit(new AuditRecord(AuditActions.Export, AuditOutcome.Success, current.Id, current.UserName, export.List,
            After: AuditJson.Serialize(new { filter = export.Filter, rows = rowCount, capped }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(cancellationToken);

        var watermark = text["Export_Watermark", current.UserName ?? "", Display.Time(now), rowCount.ToString("N0", CultureInfo.CurrentCulture)].Value;
        if (capped) watermark += text["Export_Capped", RowCap.ToString("N0", CultureInfo.CurrentCulture)].Value;
        var stamp = ChinaClock.ToChina(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        http.Response.ContentType = ExcelWriter.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"export-{stamp}.xlsx",
            FileNameStar = $"{export.FileName}-{stamp}.xlsx",
        }.ToString();
        await ExcelWriter.WriteAsync(http.Response.Body, [new ExcelSheet(export.SheetName, export.Headers, rows, watermark)], cancellationToken);
    }
}
