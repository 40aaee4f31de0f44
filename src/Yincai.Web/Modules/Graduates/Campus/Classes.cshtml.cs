using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-07: the university publishes career classes (open or live-streamed) as events on the public calendar, and sees
/// those of the cohort's two periods against 3 each.</summary>
public sealed class ClassesModel(CampusOffice office, CareerClasses classes, ChinaClock clock, IStringLocalizer<GraduatesResource> text)
    : CampusPageModel(office)
{
    [BindProperty] public ClassInput Input { get; set; } = new();
    public IReadOnlyList<CareerClassSummary> Classes { get; private set; } = [];
    public CampusReport Report { get; private set; } = null!;

    public sealed class ClassInput
    {
        [Required(ErrorMessage = "Required"), StringLength(100, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_ClassTitle")]
        public string Title { get; set; } = "";
        [Required(ErrorMessage = "Required"), StringLength(4000, MinimumLength = 10, ErrorMessage = "StringLength"), Display(Name = "Field_ClassDescription")]
        public string Description { get; set; } = "";
        [Display(Name = "Field_ClassOnline")] public bool IsOnline { get; set; }
        [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_ClassVenue")] public string? Venue { get; set; }
        [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_ClassLivestream")] public string? LivestreamUrl { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_ClassStartsAt")] public DateTime? StartsAt { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_ClassEndsAt")] public DateTime? EndsAt { get; set; }
        [Range(0, 100_000, ErrorMessage = "Range"), Display(Name = "Field_ClassSeats")] public int Capacity { get; set; } = 200;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        var start = clock.Now.Date.AddDays(7) + TimeSpan.FromHours(14);
        (Input.StartsAt, Input.EndsAt) = (start, start + TimeSpan.FromHours(2));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        if (ModelState.IsValid)
        {
            var published = await classes.PublishAsync(Campus.Id, Campus.Name, Campus.RegionCode, Office.CurrentUserId,
                new CareerClassForm(Input.Title, Input.Description, Input.IsOnline, Input.Venue, Input.LivestreamUrl, Input.StartsAt!.Value,
                    Input.EndsAt!.Value, Input.Capacity), HttpContext.RequestAborted);
            if (!published.IsError) return Done(text["Done_ClassPublished", Input.Title.Trim()]);
            ModelState.AddModelError("Input." + (published.Error!.Field ?? ""), published.Error.Message);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid eventId, string? reason)
    {
        if (await LoadCampusAsync() is { } away) return away;
        var cancelled = await classes.CancelAsync(Campus.Id, eventId, reason ?? "", HttpContext.RequestAborted);
        return Done(cancelled.IsError ? cancelled.Error!.Message : text["Done_ClassCancelled"]);
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var cohort = Office.CurrentCohort;
        Report = await Office.ReportAsync(Campus, cohort, ct);
        // The cohort's two periods and what is already planned beyond them.
        Classes = await classes.ListAsync(Campus.Id, ChinaClock.StartOfDayUtc(new DateOnly(cohort - 1, 9, 1)), DateTime.MaxValue, 200, ct);
    }
}
