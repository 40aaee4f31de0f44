using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;

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
        var registration = new EventRegistration(Guid.CreateVersion7(), Guid.CreateVersion7(), "张*", 1, seated: true, Now);

        Assert.False(registration.CheckIn(Guid.CreateVersion7(), Now).IsError);
        Assert.Equal("events.ticket_used", registration.CheckIn(Guid.CreateVersion7(), Now).Error?.Code);
    }

    [Fact]
    public void CheckIn_WaitingList_IsRefused()
    {
        var registration = new EventRegistration(Guid.CreateVersion7(), Guid.CreateVersion7(), "张*", 101, seated: false, Now);

        Assert.Equal("events.ticket_not_seated", registration.CheckIn(Guid.CreateVersion7(), Now).Error?.Code);
    }
}
