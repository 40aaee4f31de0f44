using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Demo;

/// <summary>
/// Published demo events on first start: Qingdao's monthly comprehensive job fairs and weekly special fairs for the coming
/// weeks, an online livestream fair (直播带岗), a returnees' policy briefing in Jinan and a province exchange for PhD
/// ambassadors. Nothing is added when any event exists already.
/// </summary>
public sealed class DemoEvents(YincaiDb db, OfficeDirectory offices, TimeProvider clock)
{
    public async Task<int> SeedAsync(Guid officerId, CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(cancellationToken)) return 0;
        var all = await offices.ListAsync(1000, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaClock.DateOf(now);
        var created = 0;

        void Add(string region, EventKind kind, string title, string description, DateOnly day, int startHour, int hours, string? venue,
            string? livestream, EventAudience audience, int capacity, int booths, Guid? seriesId = null)
        {
            if (all.FirstOrDefault(o => o.RegionCode == region) is not { } office) return;
            var starts = ChinaClock.ToUtc(day.ToDateTime(new TimeOnly(startHour, 0)));
            var details = new EventDetails(kind, title, description, region, livestream is not null, venue, livestream, starts, starts + TimeSpan.FromHours(hours),
                audience, capacity, booths, now - TimeSpan.FromHours(1), starts + TimeSpan.FromHours(hours - 1));
            var item = new Event(OrganiserKind.Office, office.Id, office.Name, details, officerId, now, seriesId);
            item.Publish(officerId, now);
            db.Events.Add(item);
            db.EventSeats.Add(new EventSeats(item.Id, item.Capacity, item.Booths));
            created++;
        }

        var monthly = Ids.New();
        for (var i = 0; i < 3; i++)
        {
            var day = new DateOnly(today.Year, today.Month, 1).AddMonths(i + 1).AddDays(-1);
            while (day.DayOfWeek != DayOfWeek.Saturday) day = day.AddDays(-1); // the month's last Saturday
            if (day < today) day = today.AddDays(1);
            Add("370200", EventKind.ComprehensiveJobFair, $"青岛市{day.Month}月高校毕业生综合招聘会（演示）",
                "每月一次的综合性招聘会，面向应届及往届高校毕业生，现场有数十家驻青企业设展，提供政策咨询和简历指导。", day, 9, 4,
                "青岛国际会展中心3号馆（演示）", null, EventAudience.Graduates, 300, 40, monthly);
        }
        var weekly = Ids.New();
        for (var i = 1; i <= 4; i++)
        {
            var day = today.AddDays(7 * i);
            while (day.DayOfWeek != DayOfWeek.Wednesday) day = day.AddDays(-1);
            Add("370200", EventKind.SpecialJobFair, $"青岛软件与信息技术专场招聘会（第{i}周，演示）",
                "每周一次的专场招聘，聚焦软件开发、数据分析和智能制造岗位，欢迎相关专业毕业生参加。", day, 14, 3,
                "青岛市人力资源市场二楼（演示）", null, EventAudience.Graduates, 120, 15, weekly);
        }
        Add("370200", EventKind.SpecialJobFair, "“直播带岗”线上专场（演示）",
            "企业人力资源负责人在线介绍岗位，边看直播边投递简历，异地毕业生也可参加。", today.AddDays(3), 19, 2, null,
            "https://live.example.cn/yincai-demo", EventAudience.All, 1000, 10);
        Add("370100", EventKind.Briefing, "留学人员来鲁创业政策解读会（演示）",
            "解读来鲁留学人员创业扶持、住房补贴和人才项目申报政策，现场答疑。", today.AddDays(10), 14, 2,
            "济南市人才服务中心报告厅（演示）", null, EventAudience.Returnees, 80, 0);
        Add("370000", EventKind.Exchange, "校园青年引才大使（博士）对接交流活动（演示）",
            "组织具有博士学位或博士在读的引才大使走进重点企业和园区，开展省情调研和专家面对面交流。", today.AddDays(20), 9, 8,
            "济南·山东省人才发展集团（演示）", null, EventAudience.Ambassadors, 60, 0);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
