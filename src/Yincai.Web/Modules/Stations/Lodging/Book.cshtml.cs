using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>A talent books a station's discounted lodging (STN-03): the nights, the rooms with a bed free on all of them, and
/// their own bookings to cancel before check-in.</summary>
public sealed class BookModel(StationLodging lodging, StationPages pages, ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? FirstNight { get; set; }
    [BindProperty(SupportsGet = true)] public int? Nights { get; set; }

    public Station? Chosen { get; private set; }
    public IReadOnlyList<Room> Rooms { get; private set; } = [];
    public IReadOnlyDictionary<Guid, int> Free { get; private set; } = new Dictionary<Guid, int>();
    public IReadOnlyList<Booking> Mine { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> RoomNames { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Mine = await lodging.MineAsync(ct);
        if (Station is { } id)
        {
            Chosen = await pages.PublicViewAsync(id, ct);
            if (Chosen is not { Status: StationStatus.Named }) return false;
            Rooms = (await lodging.RoomsAsync(id, ct)).Where(r => r.IsActive).ToList();
            FirstNight ??= clock.Today;
            Nights ??= 1;
            if (Nights is >= 1 and <= 90) Free = await lodging.FreeBedsAsync(id, FirstNight.Value, Nights.Value, ct);
        }
        var roomIds = Mine.Select(b => b.RoomId).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var stationId in Mine.Select(b => b.StationId).Distinct())
            foreach (var room in await lodging.RoomsAsync(stationId, ct)) names[room.Id] = room.Name;
        RoomNames = names;
        return true;
    }

    public async Task<IActionResult> OnPostBookAsync(Guid room)
    {
        var booked = await lodging.BookAsync(room, FirstNight, Nights, HttpContext.RequestAborted);
        if (booked.IsError)
        {
            ModelState.AddModelError(booked.Error!.Field ?? "", booked.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text["Done_Booked"].Value;
        return RedirectToPage(new { station = Station });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid booking)
    {
        var cancelled = await lodging.CancelAsync(booking, HttpContext.RequestAborted);
        TempData["Status"] = cancelled.IsError ? cancelled.Error!.Message : text["Done_BookingCancelled"].Value;
        return RedirectToPage(new { station = Station });
    }
}
