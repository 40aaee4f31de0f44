using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// The holiday calendar for the system administrator: which years are loaded, a year loaded from a holiday-cn file (the
/// day the State Council publishes it), and a working-day count to check the result, with the warning officers see.
/// </summary>
public sealed class CalendarModel(HolidayCalendar calendar, WorkingDays workingDays, CurrentUser current, ChinaClock clock,
    IStringLocalizer<RegionsResource> text) : PageModel
{
    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];
    /// <summary>This year and next year when not loaded: the years deadlines are computed in now.</summary>
    public IReadOnlyList<int> Missing { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? Count { get; set; }
    public DateOnly? Result { get; private set; }
    public string? Warning { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (From is { } from && Count is >= 0 and <= 250 and var count)
        {
            var answer = await workingDays.AddAsync(from, count, HttpContext.RequestAborted);
            (Result, Warning) = (answer.Value, workingDays.Warning(answer, answer.Value));
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", text["Calendar_Error_NoFile"]);
            await LoadAsync();
            return Page();
        }

        var (parsed, problems) = await ParseAsync(file);
        if (parsed is null)
        {
            foreach (var problem in problems) ModelState.AddModelError("file", problem.Describe(text));
            await LoadAsync();
            return Page();
        }

        await calendar.LoadAsync(parsed, Path.GetFileName(file.FileName), current.Id, HttpContext.RequestAborted);
        TempData["Status"] = text["Calendar_Loaded", parsed.Year, parsed.Days.Count].Value;
        return RedirectToPage();
    }

    private async Task<(HolidayCnFile?, IReadOnlyList<HolidayFileProblem>)> ParseAsync(IFormFile file)
    {
        if (file.Length > HolidayCnFile.MaxBytes) return (null, [new("", "Calendar_Error_TooLarge", HolidayCnFile.MaxBytes / 1024)]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return HolidayCnFile.Parse(buffer.ToArray());
    }

    private async Task LoadAsync()
    {
        Years = await calendar.YearsAsync(HttpContext.RequestAborted);
        var thisYear = clock.Today.Year;
        Missing = new[] { thisYear, thisYear + 1 }.Where(y => Years.All(l => l.Year != y)).ToList();
    }
}
