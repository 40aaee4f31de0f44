using Yincai.Modules.Graduates.Campus;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>GRD-06: who acts for a university. A university account asks for a university of the province by its name in the MOE
/// list; an officer of the university's city confirms or refuses (with a reason) and the person is told; officers elsewhere do not
/// see the request. Each test asks for a university of its own.</summary>
public sealed class CampusMembershipTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Request_ApprovedByAnOfficerOfTheUniversitysCity_TheCampusIsTheirs_AndTheyAreTold()
    {
        var officer = await app.CreateStaffAsync("370200", Roles.Officer);
        var office = await app.UniversityAccountAsync();

        var requested = await app.RequestCampusAsync(office, "青岛农业大学", "张老师", "就业指导中心科长");
        var beforeApproval = await app.MineAsync(office);
        var officerTold = await app.ToldAsync(officer.Id, NotificationKinds.CampusAccountRequested);
        var approved = await app.DecideAsync(officer.Id, "370200", requested.Value!.Id, approve: true);
        var campus = await app.MineAsync(office);

        Assert.False(requested.IsError);
        Assert.Equal(CampusMemberStatus.Pending, requested.Value.Status);
        Assert.Null(beforeApproval);
        Assert.Contains(officerTold, values => values.SequenceEqual(["青岛农业大学", "张老师", "就业指导中心科长"]));
        Assert.False(approved.IsError);
        Assert.NotNull(campus);
        Assert.Equal(("4137010435", "青岛农业大学", "370200"), (campus.UniversityCode, campus.Name, campus.RegionCode));
        Assert.Equal((CampusMemberStatus.Approved, (Guid?)officer.Id), ((await app.MemberAsync(requested.Value.Id))!.Status,
            (await app.MemberAsync(requested.Value.Id))!.DecidedBy));
        Assert.Equal(["青岛农业大学"], Assert.Single(await app.ToldAsync(office.Id, NotificationKinds.CampusAccountApproved)));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Decide_ByAnOfficerOfAnotherCity_IsNotFound_AndTheRequestStaysPending()
    {
        var jinan = await app.CreateStaffAsync("370100", Roles.Officer);
        var office = await app.UniversityAccountAsync();
        var requested = await app.RequestCampusAsync(office, "青岛滨海学院");

        var approve = await app.DecideAsync(jinan.Id, "370100", requested.Value!.Id, approve: true);
        var refuse = await app.DecideAsync(jinan.Id, "370100", requested.Value.Id, approve: false, reason: "不认识");

        Assert.Equal("graduates.not_found", approve.Error?.Code);
        Assert.Equal("graduates.not_found", refuse.Error?.Code);
        Assert.Equal(CampusMemberStatus.Pending, (await app.MemberAsync(requested.Value.Id))!.Status);
        Assert.Null(await app.MineAsync(office));
        Assert.Empty(await app.ToldAsync(office.Id, NotificationKinds.CampusAccountApproved));
        Assert.Empty(await app.ToldAsync(office.Id, NotificationKinds.CampusAccountRefused));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Refuse_WithoutAReason_IsRefused_WithOne_ThePersonIsToldWhyAndMayAskAgain()
    {
        var qingdao = Guid.CreateVersion7();
        var office = await app.UniversityAccountAsync();
        var requested = await app.RequestCampusAsync(office, "青岛恒星科技学院");

        var noReason = await app.DecideAsync(qingdao, "370200", requested.Value!.Id, approve: false, reason: "  ");
        var stillPending = (await app.MemberAsync(requested.Value.Id))!.Status;
        var refused = await app.DecideAsync(qingdao, "370200", requested.Value.Id, approve: false, reason: "未能核实您在该校就业部门任职");
        var again = await app.RequestCampusAsync(office, "青岛恒星科技学院");

        Assert.Equal(("graduates.reason_needed", CampusMemberStatus.Pending), (noReason.Error?.Code, stillPending));
        Assert.False(refused.IsError);
        Assert.Equal(CampusMemberStatus.Refused, (await app.MemberAsync(requested.Value.Id))!.Status);
        Assert.Null(await app.MineAsync(office));
        Assert.Equal(["青岛恒星科技学院", "未能核实您在该校就业部门任职"], Assert.Single(await app.ToldAsync(office.Id, NotificationKinds.CampusAccountRefused)));
        Assert.False(again.IsError);
        Assert.Equal(CampusMemberStatus.Pending, again.Value!.Status);
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Request_AgainWhilePending_IsRefused_AndOnlyOneRequestIsKept()
    {
        var office = await app.UniversityAccountAsync();
        var first = await app.RequestCampusAsync(office, "青岛黄海学院");

        var second = await app.RequestCampusAsync(office, "青岛城市学院");
        var same = await app.RequestCampusAsync(office, "青岛黄海学院");

        Assert.False(first.IsError);
        Assert.Equal("graduates.already_requested", second.Error?.Code);
        Assert.Equal("graduates.already_requested", same.Error?.Code);
        Assert.Equal(1, await app.WithDbAsync(db => db.CampusMembers.CountAsync(m => m.UserId == office.Id, Ct)));
    }

    [Fact]
    [Trait("Rule", "GRD-06")]
    public async Task Request_ForAUniversityOutsideTheProvinceOrNotInTheList_IsRefused_AndMakesNoCampus()
    {
        var office = await app.UniversityAccountAsync();

        var beijing = await app.RequestCampusAsync(office, "北京大学");
        var unknown = await app.RequestCampusAsync(office, "青岛不存在大学");

        Assert.Equal(("graduates.university_elsewhere", "University"), (beijing.Error?.Code, beijing.Error?.Field));
        Assert.Equal("graduates.unknown_university", unknown.Error?.Code);
        Assert.False(await app.WithDbAsync(db => db.Campuses.AnyAsync(c => c.UniversityCode == "4111010001", Ct)));
        Assert.False(await app.WithDbAsync(db => db.CampusMembers.AnyAsync(m => m.UserId == office.Id, Ct)));
    }
}
