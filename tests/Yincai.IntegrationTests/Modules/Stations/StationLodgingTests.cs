using System.Globalization;
using Yincai.IntegrationTests.Modules.Ambassadors;
using Yincai.Modules.Stations.Lodging;
using static Yincai.IntegrationTests.Modules.Stations.StationRunTestData;
using static Yincai.IntegrationTests.Modules.Stations.StationTestData;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>
/// Discounted lodging (STN-03, STN-10) through its pages: the operator offers rooms and a limit per stay; talents book nights,
/// never a bed someone else holds that night, even when they all press at once; check-in logs the lodging as a service the
/// talent sees; a cancelled booking frees its bed.
/// </summary>
public sealed class StationLodgingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => app.Services.GetRequiredService<ChinaClock>().Today;

    private static async Task<HttpResponseMessage> RoomsPostAsync(HttpClient operatorBrowser, Guid station, string handler, Dictionary<string, string> fields)
    {
        fields["station"] = station.ToString();
        return await YincaiAppFactory.PostFormAsync(operatorBrowser, $"/Stations/Lodging/Rooms?handler={handler}", fields,
            tokenFrom: $"/Stations/Lodging/Rooms?station={station}");
    }

    private async Task<Room> AddRoomAsync(HttpClient operatorBrowser, Guid station, string name, int beds, decimal price)
    {
        using var added = await RoomsPostAsync(operatorBrowser, station, "Room", new()
        {
            ["name"] = name, ["beds"] = beds.ToString(CultureInfo.InvariantCulture), ["price"] = price.ToString(CultureInfo.InvariantCulture), ["active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return await app.WithDbAsync(db => db.StationRooms.IgnoreQueryFilters().SingleAsync(r => r.StationId == station && r.Name == name, Ct));
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient talent, Guid station, Guid room, DateOnly first, int nights) =>
        YincaiAppFactory.PostFormAsync(talent, $"/Stations/Lodging/Book?handler=Book", new Dictionary<string, string>
        {
            ["station"] = station.ToString(), ["room"] = room.ToString(), ["firstNight"] = Iso(first), ["nights"] = nights.ToString(CultureInfo.InvariantCulture),
        }, tokenFrom: $"/Stations/Lodging/Book?station={station}");

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Fact]
    [Trait("Rule", "STN-03")]
    public async Task Book_WithinTheLimit_HoldsTheBed_LongerStaysAndATakenBedAreRefused_CancelFreesIt()
    {
        var station = await app.RunStationAsync("特价住宿人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        using var limit = await RoomsPostAsync(operatorBrowser, station.Id, "Limit", new() { ["nights"] = "3" });
        var room = await AddRoomAsync(operatorBrowser, station.Id, "单人间", beds: 1, price: 88.5m);
        var (first, second) = (await app.TalentWithMobileAsync("赵晨"), await app.TalentWithMobileAsync("孙悦"));
        using var firstBrowser = await app.SignedInAsync(first.User);
        using var secondBrowser = await app.SignedInAsync(second.User);
        var night = Today.AddDays(1);

        using var tooLong = await BookAsync(firstBrowser, station.Id, room.Id, night, 4);
        using var booked = await BookAsync(firstBrowser, station.Id, room.Id, night, 2);
        using var overlapping = await BookAsync(secondBrowser, station.Id, room.Id, night.AddDays(1), 2);
        var page = await firstBrowser.GetStringAsync($"/Stations/Lodging/Book?station={station.Id}", Ct);
        var booking = await app.WithDbAsync(db => db.StationBookings.IgnoreQueryFilters().SingleAsync(b => b.RoomId == room.Id, Ct));
        using var cancel = await YincaiAppFactory.PostFormAsync(firstBrowser, "/Stations/Lodging/Book?handler=Cancel",
            new Dictionary<string, string> { ["booking"] = booking.Id.ToString() }, tokenFrom: "/Stations/Lodging/Book");
        using var afterCancel = await BookAsync(secondBrowser, station.Id, room.Id, night.AddDays(1), 2);

        Assert.Equal(HttpStatusCode.Redirect, limit.StatusCode);
        Assert.Contains("每次入住1至3晚。", await TextAsync(tooLong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Contains("该房间所选日期已住满", await TextAsync(overlapping), StringComparison.Ordinal);
        Assert.Contains("单人间", page, StringComparison.Ordinal);
        Assert.Contains("每晚88.5元", page, StringComparison.Ordinal);
        Assert.Equal((night, 2, 8850L), (booking.FirstNight, booking.Nights, booking.NightlyFen));
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterCancel.StatusCode);
        Assert.Equal(BookingStatus.Cancelled, await app.WithDbAsync(db => db.StationBookings.IgnoreQueryFilters().Where(b => b.Id == booking.Id).Select(b => b.Status).SingleAsync(Ct)));
    }

    [Fact]
    [Trait("Rule", "STN-03")]
    public async Task Book_ManyTalentsAtOnce_NoBedIsBookedTwice()
    {
        var station = await app.RunStationAsync("抢订人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        var room = await AddRoomAsync(operatorBrowser, station.Id, "双人间", beds: 2, price: 100m);
        var talents = new List<HttpClient>();
        for (var i = 0; i < 6; i++) talents.Add(await app.SignedInAsync((await app.TalentWithMobileAsync("并发" + i)).User));
        var night = Today.AddDays(2);
        try
        {
            // Everyone has the page open, then all press 预订 at the same moment.
            var tokens = await Task.WhenAll(talents.Select(t => YincaiAppFactory.AntiforgeryTokenAsync(t, $"/Stations/Lodging/Book?station={station.Id}")));
            var answers = await Task.WhenAll(talents.Select((t, i) => t.PostAsync("/Stations/Lodging/Book?handler=Book", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["station"] = station.Id.ToString(), ["room"] = room.Id.ToString(), ["firstNight"] = Iso(night), ["nights"] = "3",
                    ["__RequestVerificationToken"] = tokens[i],
                }), Ct)));
            var nights = await app.WithDbAsync(db => db.StationBedNights.Where(n => n.RoomId == room.Id).ToListAsync(Ct));
            var bookings = await app.WithDbAsync(db => db.StationBookings.IgnoreQueryFilters().Where(b => b.RoomId == room.Id && b.Status == BookingStatus.Booked).ToListAsync(Ct));

            Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Redirect), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            Assert.Equal(2, bookings.Count);
            Assert.Equal([1, 2], bookings.Select(b => b.Bed).Order().ToArray());
            Assert.Equal(6, nights.Count);
            Assert.All(nights.GroupBy(n => n.Night), g => Assert.Equal(2, g.Select(n => n.Bed).Distinct().Count()));
            foreach (var answer in answers) answer.Dispose();
        }
        finally
        {
            foreach (var t in talents) t.Dispose();
        }
    }

    [Fact]
    [Trait("Rule", "STN-10")]
    public async Task CheckIn_LogsTheLodgingAsAService_TheTalentSeesIt_CheckOutEndsTheStay()
    {
        var station = await app.RunStationAsync("入住登记人才驿站");
        using var operatorBrowser = await app.SignedInAsync(station.Operator);
        var room = await AddRoomAsync(operatorBrowser, station.Id, "人才公寓201", beds: 1, price: 60m);
        var talent = await app.TalentWithMobileAsync("周航");
        using var talentBrowser = await app.SignedInAsync(talent.User);
        using var booked = await BookAsync(talentBrowser, station.Id, room.Id, Today, 2);
        var booking = await app.WithDbAsync(db => db.StationBookings.IgnoreQueryFilters().SingleAsync(b => b.RoomId == room.Id, Ct));
        var before = await ServicesFiguresAsync(operatorBrowser, station.Id);

        using var checkIn = await RoomsPostAsync(operatorBrowser, station.Id, "CheckIn", new() { ["booking"] = booking.Id.ToString() });
        using var checkInAgain = await RoomsPostAsync(operatorBrowser, station.Id, "CheckIn", new() { ["booking"] = booking.Id.ToString() });
        using var checkOut = await RoomsPostAsync(operatorBrowser, station.Id, "CheckOut", new() { ["booking"] = booking.Id.ToString() });
        var after = await ServicesFiguresAsync(operatorBrowser, station.Id);
        var received = await talentBrowser.GetStringAsync("/Stations/Operation/Received", Ct);

        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, checkIn.StatusCode);
        Assert.Contains("该预订当前不能办理此操作。", await TextAsync(checkInAgain), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, checkOut.StatusCode);
        Assert.Equal((before.Served + 1, before.Services + 1), (after.Served, after.Services));
        Assert.Contains("特价住宿2晚，每晚60元", received, StringComparison.Ordinal);
        Assert.Contains(station.Name, received, StringComparison.Ordinal);
        Assert.Equal(BookingStatus.CheckedOut, await app.WithDbAsync(db => db.StationBookings.IgnoreQueryFilters().Where(b => b.Id == booking.Id).Select(b => b.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Rooms_AnotherOperator_CannotChangeThemOrSeeTheGuests()
    {
        var station = await app.RunStationAsync("他人房间人才驿站");
        var other = await app.RunStationAsync("另一人才驿站");
        using var otherBrowser = await app.SignedInAsync(other.Operator);

        using var response = await RoomsPostAsync(otherBrowser, station.Id, "Room", new() { ["name"] = "冒名房间", ["beds"] = "1", ["price"] = "1", ["active"] = "true" });

        Assert.Contains("您不是该站点的运营人员。", await TextAsync(response), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.StationRooms.IgnoreQueryFilters().AnyAsync(r => r.Name == "冒名房间", Ct)));
    }
}
