using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Lodging;

/// <summary>
/// Discounted lodging (STN-03, STN-10): operators keep rooms and their price; a talent coming to look for work books consecutive
/// nights up to the station's limit, never a bed someone else holds that night (bookings of a station queue on its row; unique bed-night rows stand behind);
/// operators check guests in and out, and a check-in is logged as a lodging service.
/// </summary>
public sealed class StationLodging(YincaiDb db, CurrentUser current, ChinaClock clock, StationOperation operation, TalentDirectory talents)
{
    public const int DaysAhead = 60;

    public Task<List<Room>> RoomsAsync(Guid stationId, CancellationToken cancellationToken) =>
        // The rooms of a named station are public facts, whoever looks.
        db.StationRooms.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(r => r.StationId == stationId).OrderBy(r => r.Name)
            .ToListAsync(cancellationToken);

    public async Task<Result<Room>> SaveRoomAsync(Guid stationId, Guid? roomId, string? name, int? beds, decimal? nightlyYuan, bool active,
        CancellationToken cancellationToken)
    {
        if (await operation.RunByMeAsync(stationId, cancellationToken) is not { } station) return StationErrors.NotOperator;
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50) return StationErrors.RoomName;
        if (beds is not (>= 1 and <= 50)) return StationErrors.RoomBeds;
        if (nightlyYuan is not (>= 0 and <= 10_000)) return StationErrors.RoomPrice;
        var fen = (long)Math.Round(nightlyYuan.Value * 100, MidpointRounding.AwayFromZero);
        Room room;
        if (roomId is { } id)
        {
            if (await db.StationRooms.FirstOrDefaultAsync(r => r.Id == id && r.StationId == stationId, cancellationToken) is not { } found) return StationErrors.NotFound;
            // Fewer beds than some night's guests would leave a guest without a bed.
            var busiest = await db.StationBedNights.Where(n => n.RoomId == id && n.Night >= clock.Today).GroupBy(n => n.Night)
                .Select(g => g.Count()).OrderByDescending(c => c).FirstOrDefaultAsync(cancellationToken);
            if (beds < busiest) return StationErrors.RoomBedsTaken(busiest);
            found.Change(name.Trim(), beds.Value, fen, active);
            room = found;
        }
        else
        {
            room = new Room(station.Id, station.RegionCode, name.Trim(), beds.Value, fen);
            db.StationRooms.Add(room);
        }
        await db.SaveChangesAsync(cancellationToken);
        return room;
    }

    public async Task<Result<Station>> SetLimitAsync(Guid stationId, int nights, CancellationToken cancellationToken)
    {
        if (await operation.RunByMeAsync(stationId, cancellationToken) is null) return StationErrors.NotOperator;
        var station = await db.Stations.FirstAsync(s => s.Id == stationId, cancellationToken);
        var set = station.SetLodgingLimit(nights);
        if (set.IsError) return set.Error!;
        await db.SaveChangesAsync(cancellationToken);
        return station;
    }

    /// <summary>Free beds of each active room for every night of the stay.</summary>
    public async Task<Dictionary<Guid, int>> FreeBedsAsync(Guid stationId, DateOnly firstNight, int nights, CancellationToken cancellationToken)
    {
        var rooms = (await RoomsAsync(stationId, cancellationToken)).Where(r => r.IsActive).ToList();
        var ids = rooms.Select(r => r.Id).ToList();
        var last = firstNight.AddDays(nights - 1);
        var taken = await db.StationBedNights.Where(n => ids.Contains(n.RoomId) && n.Night >= firstNight && n.Night <= last)
            .GroupBy(n => new { n.RoomId, n.Night }).Select(g => new { g.Key.RoomId, Count = g.Count() }).ToListAsync(cancellationToken);
        return rooms.ToDictionary(r => r.Id, r => r.Beds - taken.Where(t => t.RoomId == r.Id).Select(t => t.Count).DefaultIfEmpty(0).Max());
    }

    /// <summary>Books the nights for the signed-in talent in the lowest bed free on all of them, bookings of a station one at a time.</summary>
    public async Task<Result<Booking>> BookAsync(Guid roomId, DateOnly? firstNight, int? nights, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.Talent) || current.Id is not { } me || await talents.OfUserAsync(me, cancellationToken) is not { } talent)
            return StationErrors.TalentsOnly;
        var room = await db.StationRooms.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId && r.IsActive, cancellationToken);
        if (room is null) return StationErrors.NotFound;
        var station = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == room.StationId && s.Status == StationStatus.Named, cancellationToken);
        if (station is null) return StationErrors.NotFound;
        var today = clock.Today;
        if (firstNight is not { } first || first < today || first > today.AddDays(DaysAhead)) return StationErrors.StayDates(DaysAhead);
        if (nights is not { } count || count < 1 || count > station.LodgingMaxNights) return StationErrors.StayNights(station.LodgingMaxNights);
        var last = first.AddDays(count - 1);
        // One booking of a station at a time: its first statement writes the station's row, so PostgreSQL holds the row lock and
        // SQLite its write lock (BEGIN IMMEDIATE) until commit. Racing talents then queue and each reads the beds the one before
        // took, instead of inserting the same bed-nights in different orders (a deadlock) and failing (a retry, or a 500).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(s => s.Id == station.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LodgingMaxNights, x => x.LodgingMaxNights), cancellationToken);
        var overlapping = await db.StationBookings.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(b => b.StationId == station.Id && b.TalentUserId == me
            && (b.Status == BookingStatus.Booked || b.Status == BookingStatus.CheckedIn) && b.FirstNight <= last && b.LastNight >= first,
            cancellationToken);
        if (overlapping) return StationErrors.StayOverlaps;
        var taken = await db.StationBedNights.Where(n => n.RoomId == roomId && n.Night >= first && n.Night <= last).Select(n => n.Bed).Distinct()
            .ToListAsync(cancellationToken);
        var bed = Enumerable.Range(1, room.Beds).FirstOrDefault(b => !taken.Contains(b));
        if (bed == 0) return StationErrors.RoomFull;
        var booking = new Booking(room, me, talent.Id, talent.MaskedName, first, count, bed, clock.UtcNow);
        // A talent books across regions: the station's records are written whatever the talent's scope (none).
        db.StationBookings.Add(booking);
        for (var night = first; night <= last; night = night.AddDays(1)) db.StationBedNights.Add(new BedNight(room.Id, night, bed, booking.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Only a bed-night written outside this lock (none is) could collide; the unique index keeps the bed single anyway.
            db.ChangeTracker.Clear();
            return StationErrors.RoomFull;
        }
        await transaction.CommitAsync(cancellationToken);
        return booking;
    }

    public async Task<Result<Booking>> CancelAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        if (current.Id is not { } me) return StationErrors.NotFound;
        var booking = await db.StationBookings.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(b => b.Id == bookingId && b.TalentUserId == me, cancellationToken);
        if (booking is null) return StationErrors.NotFound;
        var cancelled = booking.Cancel();
        if (cancelled.IsError) return cancelled.Error!;
        db.PermitOutsideScope(booking);
        await db.StationBedNights.Where(n => n.BookingId == bookingId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return booking;
    }

    /// <summary>The operator checks a guest in (on a night of the stay), which logs the lodging as a service, or out.</summary>
    public async Task<Result<Booking>> CheckAsync(Guid stationId, Guid bookingId, bool checkIn, CancellationToken cancellationToken)
    {
        if (await operation.RunByMeAsync(stationId, cancellationToken) is not { } station) return StationErrors.NotOperator;
        var booking = await db.StationBookings.FirstOrDefaultAsync(b => b.Id == bookingId && b.StationId == stationId, cancellationToken);
        if (booking is null) return StationErrors.NotFound;
        var done = checkIn ? booking.CheckIn(clock.Today, clock.UtcNow) : booking.CheckOut(clock.UtcNow);
        if (done.IsError) return done.Error!;
        if (checkIn)
            db.StationServices.Add(new ServiceEntry(station.Id, station.RegionCode, ServiceKind.Lodging, booking.TalentId, booking.TalentUserId, booking.TalentMasked,
                clock.Today, null, null, StationTexts.LodgingDetail(booking.Nights, booking.NightlyFen), null, current.Id!.Value, clock.UtcNow));
        if (!checkIn) await db.StationBedNights.Where(n => n.BookingId == bookingId && n.Night >= clock.Today).ExecuteDeleteAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
        return booking;
    }

    public Task<List<Booking>> BookingsAsync(Guid stationId, DateOnly from, CancellationToken cancellationToken) =>
        db.StationBookings.AsNoTracking().Where(b => b.StationId == stationId && b.Status != BookingStatus.Cancelled && b.LastNight >= from)
            .OrderBy(b => b.FirstNight).Take(500).ToListAsync(cancellationToken);

    public Task<List<Booking>> MineAsync(CancellationToken cancellationToken) =>
        current.Id is { } me
            ? db.StationBookings.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(b => b.TalentUserId == me)
                .OrderByDescending(b => b.FirstNight).Take(100).ToListAsync(cancellationToken)
            : Task.FromResult(new List<Booking>());
}
