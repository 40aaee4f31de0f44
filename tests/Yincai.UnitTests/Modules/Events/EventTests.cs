using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.UnitTests.Modules.Events;

public sealed class EventTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);

    private static Event New(OrganiserKind organiser) => new(organiser, Guid.CreateVersion7(), "主办方", new EventDetails(EventKind.ComprehensiveJobFair,
        "招聘会", "介绍介绍介绍介绍介绍", "370200", false, "会展中心", null, Now.AddDays(7), Now.AddDays(7).AddHours(3), EventAudience.All, 100, 10,
        Now, Now.AddDays(7)), Guid.CreateVersion7(), Now);

    [Fact]
    [Trait("Rule", "STN-11")]
    public void Publish_StationDraft_NeedsApprovalFirst()
    {
        var item = New(OrganiserKind.Station);

        Assert.Equal("events.needs_approval", item.Publish(Guid.CreateVersion7(), Now).Error?.Code);
        Assert.False(item.Submit().IsError);
        Assert.False(item.Approve(Guid.CreateVersion7(), "青岛市公共就业和人才服务中心", Now).IsError);
        Assert.False(item.Publish(Guid.CreateVersion7(), Now).IsError);
        Assert.Equal("青岛市公共就业和人才服务中心", item.HostOfficeName);
    }

    [Fact]
    public void Publish_OfficeDraft_IsDirect()
    {
        var item = New(OrganiserKind.Office);

        Assert.False(item.Publish(Guid.CreateVersion7(), Now).IsError);
        Assert.Equal(EventStatus.Published, item.Status);
    }

    [Fact]
    public void Finish_BeforeItStarts_IsRefused_AndHiresOnlyAfterFinishing()
    {
        var item = New(OrganiserKind.Office);
        item.Publish(Guid.CreateVersion7(), Now);

        Assert.Equal("events.not_started", item.Finish(new EventOutcome(1, 1, 1, 1), Now).Error?.Code);
        Assert.Equal("events.not_finished", item.AttributeHires(3).Error?.Code);
        Assert.False(item.Finish(new EventOutcome(80, 12, 40, 9), Now.AddDays(8)).IsError);
        Assert.False(item.AttributeHires(3).IsError);
        Assert.Equal((80, 3), (item.Attendance, item.HiresAttributed));
    }

    [Fact]
    public void Edit_CapacityBelowSeatsTaken_IsRefused()
    {
        var item = New(OrganiserKind.Office);
        var smaller = new EventDetails(item.Kind, item.Title, item.Description, item.RegionCode, false, item.Venue, null, item.StartsAtUtc, item.EndsAtUtc,
            item.Audience, 10, item.Booths, item.RegistrationOpensAtUtc, item.RegistrationClosesAtUtc);

        Assert.Equal("events.capacity_below_taken", item.Edit(smaller, seatsTaken: 11, boothsTaken: 0).Error?.Code);
    }

    [Fact]
    public void CheckIn_Twice_IsRefusedTheSecondTime()
    {
        var item = Fair();
        var registration = new EventRegistration(item.Id, Guid.CreateVersion7(), "张*", 1, seated: true, Now);

        Assert.False(registration.CheckIn(item, Guid.CreateVersion7(), Beijing(9, 9, 0)).IsError);
        Assert.Equal("events.ticket_used", registration.CheckIn(item, Guid.CreateVersion7(), Beijing(9, 9, 1)).Error?.Code);
    }

    [Fact]
    public void CheckIn_WaitingList_IsRefused()
    {
        var item = Fair();
        var registration = new EventRegistration(item.Id, Guid.CreateVersion7(), "张*", 101, seated: false, Now);

        Assert.Equal("events.ticket_not_seated", registration.CheckIn(item, Guid.CreateVersion7(), Beijing(9, 9, 0)).Error?.Code);
    }

    [Fact]
    public void CheckIn_SixDaysBeforeTheFair_IsRefusedAndSaysWhenTheDoorOpens()
    {
        var item = Fair();
        var registration = new EventRegistration(item.Id, Guid.CreateVersion7(), "张*", 1, seated: true, Now);

        var early = registration.CheckIn(item, Guid.CreateVersion7(), Beijing(3, 10, 0));

        Assert.Equal("events.checkin_not_yet", early.Error?.Code);
        Assert.Contains(Display.Time(Beijing(9, 8, 0)), early.Error!.Message, StringComparison.Ordinal);
        Assert.Null(registration.CheckedInAtUtc);
    }

    [Fact]
    public void CheckInWindow_Default_OpensAnHourBeforeTheStartAndClosesAtTheEndOfTheLastDay()
    {
        var item = Fair();

        Assert.Equal((Beijing(9, 8, 0), Beijing(10, 0, 0)), item.CheckInWindow);
        Assert.Equal("events.checkin_not_yet", item.CheckInOpen(Beijing(9, 7, 59)).Error?.Code);
        Assert.False(item.CheckInOpen(Beijing(9, 8, 0)).IsError);
        Assert.False(item.CheckInOpen(Beijing(9, 23, 59)).IsError);
        Assert.Equal("events.checkin_over", item.CheckInOpen(Beijing(10, 0, 0)).Error?.Code);
    }

    [Fact]
    public void CheckInWindow_SetOnTheEvent_OpensAndClosesWhereTheOrganiserSaid()
    {
        var item = Fair(opensBefore: 30, closesAfter: 15);

        Assert.Equal("events.checkin_not_yet", item.CheckInOpen(Beijing(9, 8, 29)).Error?.Code);
        Assert.False(item.CheckInOpen(Beijing(9, 8, 30)).IsError);
        Assert.False(item.CheckInOpen(Beijing(9, 17, 14)).IsError);
        Assert.Equal("events.checkin_over", item.CheckInOpen(Beijing(9, 17, 15)).Error?.Code);
    }

    [Fact]
    public void CheckInWindow_ADayWide_StaysOnTheEventsBeijingDays()
    {
        var item = Fair(opensBefore: 1440, closesAfter: 1440);
        var lateEveBeijing = new DateTime(2026, 12, 8, 15, 30, 0, DateTimeKind.Utc); // 23:30 on the 8th in Beijing
        var justAfterMidnightBeijing = new DateTime(2026, 12, 8, 16, 30, 0, DateTimeKind.Utc); // 00:30 on the 9th in Beijing
        var nextDayBeijing = new DateTime(2026, 12, 9, 16, 30, 0, DateTimeKind.Utc); // 00:30 on the 10th in Beijing

        Assert.Equal("events.checkin_not_yet", item.CheckInOpen(lateEveBeijing).Error?.Code);
        Assert.False(item.CheckInOpen(justAfterMidnightBeijing).IsError);
        Assert.Equal("events.checkin_over", item.CheckInOpen(nextDayBeijing).Error?.Code);
    }

    [Fact]
    public void CheckInWindow_CancelledEvent_IsClosed()
    {
        var item = Fair();
        item.Cancel("场地检修");

        Assert.Equal("events.not_published", item.CheckInOpen(Beijing(9, 9, 0)).Error?.Code);
    }

    /// <summary>A published fair on 9 December 2026, 09:00–17:00 Beijing time.</summary>
    private static Event Fair(int opensBefore = EventDetails.DefaultCheckInOpensMinutesBefore, int? closesAfter = null)
    {
        var item = new Event(OrganiserKind.Office, Guid.CreateVersion7(), "主办方", new EventDetails(EventKind.ComprehensiveJobFair,
            "招聘会", "介绍介绍介绍介绍介绍", "370200", false, "会展中心", null, Beijing(9, 9, 0), Beijing(9, 17, 0), EventAudience.All, 100, 10,
            Now, Beijing(9, 9, 0), opensBefore, closesAfter), Guid.CreateVersion7(), Now);
        item.Publish(Guid.CreateVersion7(), Now);
        return item;
    }

    /// <summary>An instant of December 2026 as Beijing wall-clock time, in UTC.</summary>
    private static DateTime Beijing(int day, int hour, int minute) => ChinaClock.ToUtc(new DateTime(2026, 12, day, hour, minute, 0));
}
