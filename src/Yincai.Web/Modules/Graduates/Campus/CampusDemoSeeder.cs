using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>
/// 青岛大学's campus (GRD-06, GRD-07): the demo university account, confirmed by the Qingdao officer; a station with its card, a
/// specialist and two career advisors against 1,200 students (four are needed: the page shows the shortfall), and two career
/// classes published for the coming weeks. Graduates of 青岛大学 come from the Graduates demo data.
/// </summary>
public sealed class CampusDemoSeeder(YincaiDb db, CampusOffice office, CareerClasses classes, UniversityCatalog universities, ChinaClock clock)
    : IDemoSeeder
{
    public const string University = "青岛大学";

    public int Order => 75;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Campuses.IgnoreQueryFilters().AnyAsync(cancellationToken)) return;
        var university = universities.FindByName(University) ?? throw new InvalidOperationException(University + " is not in the MOE list.");
        var campus = await office.EnsureAsync(university, cancellationToken);
        var now = clock.UtcNow;
        var member = new CampusMember(campus.Id, campus.RegionCode, context.Account(DemoUsers.University), "王老师（演示）", "就业指导中心主任", now);
        member.Decide(true, null, context.Account("officer.qd"), now);
        db.CampusMembers.Add(member);
        db.PermitOutsideScope(member);
        campus.Update(new CampusStation(1200, "青岛大学就业创业服务站（演示）", "青岛市崂山区宁夏路308号 学生活动中心一楼", "0532-85950000",
            "工作日 8:30–17:30", "岗位推荐\n简历与面试指导\n就业政策咨询\n创业指导\n未就业毕业生登记"), now);
        var since = clock.Today.AddMonths(-6);
        foreach (var (name, role, phone) in new[]
                 {
                     ("刘专员（演示）", CampusStaffRole.ServiceSpecialist, "0532-85950001"),
                     ("陈老师（演示）", CampusStaffRole.CareerAdvisor, (string?)null),
                     ("赵老师（演示）", CampusStaffRole.CareerAdvisor, null),
                 })
        {
            var person = new CampusStaffMember(campus.Id, campus.RegionCode, name, role, fullTime: role == CampusStaffRole.ServiceSpecialist, phone, null, since);
            db.CampusStaff.Add(person);
            db.PermitOutsideScope(person);
        }
        await db.SaveChangesAsync(cancellationToken);

        var first = clock.Now.Date.AddDays(10) + TimeSpan.FromHours(14);
        foreach (var (title, online, days) in new[] { ("职业规划公开课（演示）", false, 0), ("求职技巧直播课（演示）", true, 14) })
        {
            var start = first.AddDays(days);
            var published = await classes.PublishAsync(campus.Id, campus.Name, campus.RegionCode, context.Account(DemoUsers.University),
                new CareerClassForm(title, "面向应届毕业生的职业指导课：职业规划、简历与面试、就业政策。（演示）", online, online ? null : "青岛大学博学楼报告厅",
                    online ? "https://live.example.edu.cn/qdu/career" : null, start, start + TimeSpan.FromHours(2), online ? 0 : 300), cancellationToken);
            if (published.IsError) throw new InvalidOperationException($"Demo class {title}: {published.Error!.Code}");
        }
        context.Created(1, "campuses");
    }
}
