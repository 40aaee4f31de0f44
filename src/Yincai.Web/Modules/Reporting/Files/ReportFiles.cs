using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;
using Yincai.Platform.Excel;

namespace Yincai.Modules.Reporting.Files;

/// <summary>
/// The report workbooks kept for download: a month's (the year to the month's end, as monthly reports are filed) and a year's, of the
/// viewer's own region, made on demand or by <see cref="ReportSchedule"/>; the figures are the dashboards' (<see cref="Dashboards"/>).
/// </summary>
public sealed class ReportFiles(YincaiDb db, Dashboards dashboards, CurrentUser current, ChinaClock clock,
    IStringLocalizer<ReportingResource> text)
{
    public const int PageSize = 30;

    /// <summary>The period of a month ("2026-11") or a year ("2026") and the report's date: its last day.</summary>
    public static bool TryParse(string? period, out ReportFileKind kind, out DateOnly end)
    {
        (kind, end) = (ReportFileKind.Month, default);
        if (period is { Length: 7 } && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            end = first.AddMonths(1).AddDays(-1);
            return first.Year is >= 2000 and <= 2100;
        }
        if (period is { Length: 4 } && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            (kind, end) = (ReportFileKind.Year, new DateOnly(year, 12, 31));
            return true;
        }
        return false;
    }

    /// <summary>The scope's own region code: a province's 370000, a city's 370200.</summary>
    public string? OwnRegion => current.Scope.Prefix?.PadRight(6, '0');

    /// <summary>Makes the workbook of <paramref name="period"/> for the viewer's region and keeps it (by the schedule: made by no one); a
    /// period not yet ended is refused.</summary>
    public async Task<Result<ReportFile>> MakeAsync(string? period, bool scheduled, CancellationToken cancellationToken)
    {
        if (OwnRegion is not { } region) return new Error("reporting.no_region", text["Error_NoRegion"]);
        if (!TryParse(period?.Trim(), out var kind, out var end)) return new Error("reporting.period", text["Error_Period"], "Period");
        if (end >= clock.Today) return new Error("reporting.period_open", text["Error_PeriodOpen", Display.Date(end)], "Period");
        var report = ReportPeriod.Of(end.Year, null, end, clock.Today);
        var indicators = await dashboards.AllAsync(report, cancellationToken);
        var name = await dashboards.ScopeNameAsync(cancellationToken) ?? region;
        var title = text[kind == ReportFileKind.Month ? "File_MonthTitle" : "File_YearTitle", period!.Trim()].Value;
        using var buffer = new MemoryStream();
        await ExcelWriter.WriteAsync(buffer, ReportWorkbook.Sheets(title, name, report, indicators, p => text["Program_" + p]), cancellationToken);
        var file = new ReportFile(region, kind, period.Trim(), $"{title}-{name}.xlsx", buffer.ToArray(), scheduled ? null : current.Id, clock.UtcNow);
        db.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return file;
    }

    public Task<bool> ExistsAsync(string region, ReportFileKind kind, string period, CancellationToken cancellationToken) =>
        db.Set<ReportFile>().AnyAsync(f => f.RegionCode == region && f.Kind == kind && f.Period == period, cancellationToken);

    /// <summary>The workbooks of the scope (its own and its sub-regions'), newest first, without their content.</summary>
    public Task<PagedList<ReportFileRow>> ListAsync(int page, CancellationToken cancellationToken) =>
        db.Set<ReportFile>().AsNoTracking().ToCappedPagedListAsync(
            q => q.OrderByDescending(f => f.CreatedAtUtc).ThenBy(f => f.Id)
                .Select(f => new ReportFileRow(f.Id, f.RegionCode, f.Kind, f.Period, f.FileName, f.Size, f.CreatedById, f.CreatedAtUtc)),
            page, PageSize, cancellationToken);

    public Task<ReportFile?> FindAsync(Guid id, CancellationToken cancellationToken) => db.FindInScopeAsync<ReportFile>(id, cancellationToken, tracked: false);
}

/// <summary>A kept workbook as the list shows it.</summary>
public sealed record ReportFileRow(Guid Id, string RegionCode, ReportFileKind Kind, string Period, string FileName, int Size, Guid? CreatedById,
    DateTime CreatedAtUtc);
