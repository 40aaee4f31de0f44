using Yincai.Modules.Stations.Lodging;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>A stay of discounted lodging (STN-03): checked in on a night of the stay, checked out after, cancelled before.</summary>
public sealed class BookingTests
{
    private static readonly DateOnly FirstNight = new(2026, 3, 20);

    private static Booking Booked(int nights = 3)
    {
        var room = new Room(Guid.CreateVersion7(), "370202", "人才公寓 301", 2, 5000);
        return new Booking(room, Guid.CreateVersion7(), Guid.CreateVersion7(), "王*青", FirstNight, nights, 1, Now);
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void New_Booking_HoldsItsNightsAtTheRoomsPrice()
    {
        var booking = Booked();

        Assert.Equal((BookingStatus.Booked, new DateOnly(2026, 3, 22), 5000L), (booking.Status, booking.LastNight, booking.NightlyFen));
    }

    [Theory]
    [Trait("Rule", "STN-03")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CheckIn_OnANightOfTheStay_ChecksIn(int day)
    {
        var booking = Booked();

        var result = booking.CheckIn(FirstNight.AddDays(day), Now.AddDays(10));

        Assert.False(result.IsError);
        Assert.Equal((BookingStatus.CheckedIn, Now.AddDays(10)), (booking.Status, booking.CheckedInAtUtc));
    }

    [Theory]
    [Trait("Rule", "STN-03")]
    [InlineData(-1)]
    [InlineData(3)]
    public void CheckIn_BeforeOrAfterTheStay_IsRefused(int day)
    {
        var booking = Booked();

        var result = booking.CheckIn(FirstNight.AddDays(day), Now);

        Assert.Equal("stations.check_in_day", result.Error?.Code);
        Assert.Equal(BookingStatus.Booked, booking.Status);
        Assert.Null(booking.CheckedInAtUtc);
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void CheckIn_NotBooked_IsRefused()
    {
        var checkedIn = Booked();
        checkedIn.CheckIn(FirstNight, Now);
        var cancelled = Booked();
        cancelled.Cancel();

        Assert.Equal("stations.booking_state", checkedIn.CheckIn(FirstNight, Now).Error?.Code);
        Assert.Equal("stations.booking_state", cancelled.CheckIn(FirstNight, Now).Error?.Code);
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void CheckOut_CheckedIn_ChecksOut()
    {
        var booking = Booked();
        booking.CheckIn(FirstNight, Now);

        var result = booking.CheckOut(Now.AddDays(3));

        Assert.False(result.IsError);
        Assert.Equal((BookingStatus.CheckedOut, Now.AddDays(3)), (booking.Status, booking.CheckedOutAtUtc));
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void CheckOut_NotCheckedIn_IsRefused()
    {
        var booked = Booked();
        var checkedOut = Booked();
        checkedOut.CheckIn(FirstNight, Now);
        checkedOut.CheckOut(Now);

        Assert.Equal("stations.booking_state", booked.CheckOut(Now).Error?.Code);
        Assert.Equal("stations.booking_state", checkedOut.CheckOut(Now).Error?.Code);
        Assert.Equal(BookingStatus.Booked, booked.Status);
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void Cancel_Booked_IsCancelled()
    {
        var booking = Booked();

        Assert.False(booking.Cancel().IsError);
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public void Cancel_CheckedInCheckedOutOrCancelled_IsRefused()
    {
        var checkedIn = Booked();
        checkedIn.CheckIn(FirstNight, Now);
        var checkedOut = Booked();
        checkedOut.CheckIn(FirstNight, Now);
        checkedOut.CheckOut(Now);
        var cancelled = Booked();
        cancelled.Cancel();

        Assert.Equal("stations.booking_not_cancellable", checkedIn.Cancel().Error?.Code);
        Assert.Equal("stations.booking_not_cancellable", checkedOut.Cancel().Error?.Code);
        Assert.Equal("stations.booking_not_cancellable", cancelled.Cancel().Error?.Code);
        Assert.Equal(BookingStatus.CheckedIn, checkedIn.Status);
    }
}
