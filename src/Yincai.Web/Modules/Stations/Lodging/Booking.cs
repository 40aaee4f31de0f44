using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>A talent's stay: consecutive nights from <see cref="FirstNight"/> in one bed of a room. Its nights are held by
/// <see cref="BedNight"/> rows, one per night, whose unique index is what keeps two people out of one bed.</summary>
public sealed class Booking : IRegionScoped
{
    private Booking() { }

    public Booking(Room room, Guid talentUserId, Guid talentId, string talentMasked, DateOnly firstNight, int nights, int bed, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RoomId, RegionCode, TalentUserId, TalentId, TalentMasked) = (room.StationId, room.Id, room.RegionCode, talentUserId, talentId, talentMasked);
        (FirstNight, Nights, LastNight, Bed, NightlyFen, Status, CreatedAtUtc) =
            (firstNight, nights, firstNight.AddDays(nights - 1), bed, room.NightlyFen, BookingStatus.Booked, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid RoomId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid TalentUserId { get; private set; }
    public Guid TalentId { get; private set; }
    public string TalentMasked { get; private set; } = "";
    public DateOnly FirstNight { get; private set; }
    public int Nights { get; private set; }
    public DateOnly LastNight { get; private set; }
    public int Bed { get; private set; }
    /// <summary>The price when booked, in fen a night.</summary>
    public long NightlyFen { get; private set; }
    public BookingStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CheckedInAtUtc { get; private set; }
    public DateTime? CheckedOutAtUtc { get; private set; }
    public int Version { get; private set; }


    public Result Cancel()
    {
        if (Status != BookingStatus.Booked) return StationErrors.BookingNotCancellable;
        Status = BookingStatus.Cancelled;
        Version++;
        return Result.Ok();
    }

    public Result CheckIn(DateOnly today, DateTime nowUtc)
    {
        if (Status != BookingStatus.Booked) return StationErrors.BookingState;
        if (today < FirstNight || today > LastNight) return StationErrors.CheckInDay;
        (Status, CheckedInAtUtc) = (BookingStatus.CheckedIn, nowUtc);
        Version++;
        return Result.Ok();
    }

    public Result CheckOut(DateTime nowUtc)
    {
        if (Status != BookingStatus.CheckedIn) return StationErrors.BookingState;
        (Status, CheckedOutAtUtc) = (BookingStatus.CheckedOut, nowUtc);
        Version++;
        return Result.Ok();
    }
}
