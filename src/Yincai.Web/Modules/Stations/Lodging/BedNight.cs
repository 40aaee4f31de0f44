using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>One bed of one room on one night, held by a booking. Unique per (room, night, bed): two bookings racing for the
/// same bed cannot both be saved, on SQLite as on PostgreSQL.</summary>
public sealed class BedNight
{
    private BedNight() { }

    public BedNight(Guid roomId, DateOnly night, int bed, Guid bookingId)
    {
        Id = Ids.New();
        (RoomId, Night, Bed, BookingId) = (roomId, night, bed, bookingId);
    }

    public Guid Id { get; private set; }
    public Guid RoomId { get; private set; }
    public DateOnly Night { get; private set; }
    public int Bed { get; private set; }
    public Guid BookingId { get; private set; }
}
