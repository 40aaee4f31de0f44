using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>A named station's discounted lodging (STN-03): its rooms and prices, the limit per stay, and the guests to check in
/// and out.</summary>
public sealed class RoomsModel(StationLodging lodging, StationOperation operation, ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }

    public IReadOnlyList<Station> Stations { get; private set; } = [];
    public Station? Chosen { get; private set; }
    public IReadOnlyList<Room> Rooms { get; private set; } = [];
    public IReadOnlyList<Booking> Bookings { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Stations = await operation.RunByMeAsync(ct);
        Chosen = Stations.FirstOrDefault(s => s.Id == Station) ?? Stations.FirstOrDefault();
        if (Chosen is null) return;
        Rooms = await lodging.RoomsAsync(Chosen.Id, ct);
        Bookings = await lodging.BookingsAsync(Chosen.Id, clock.Today, ct);
    }

    public Task<IActionResult> OnPostRoomAsync(Guid? room, string? name, int? beds, decimal? price, bool active) =>
        ActAsync(async ct => (await lodging.SaveRoomAsync(Station ?? Guid.Empty, room, name, beds, price, active, ct)).Error, "Done_RoomSaved");

    public Task<IActionResult> OnPostLimitAsync(int nights) =>
        ActAsync(async ct => (await lodging.SetLimitAsync(Station ?? Guid.Empty, nights, ct)).Error, "Done_LimitSet");

    public Task<IActionResult> OnPostCheckInAsync(Guid booking) =>
        ActAsync(async ct => (await lodging.CheckAsync(Station ?? Guid.Empty, booking, checkIn: true, ct)).Error, "Done_CheckedIn");

    public Task<IActionResult> OnPostCheckOutAsync(Guid booking) =>
        ActAsync(async ct => (await lodging.CheckAsync(Station ?? Guid.Empty, booking, checkIn: false, ct)).Error, "Done_CheckedOut");

    private async Task<IActionResult> ActAsync(Func<CancellationToken, Task<Error?>> action, string done)
    {
        if (await action(HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError(error.Field ?? "", error.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text[done].Value;
        return RedirectToPage(new { station = Station });
    }
}
