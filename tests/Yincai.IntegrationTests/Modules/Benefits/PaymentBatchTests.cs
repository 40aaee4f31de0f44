using MiniExcelLibs;
using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Talents.Contracts;
using ClaimStatus = Yincai.Modules.Benefits.Claims.ApplicationStatus;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>Payment (ENT-05): the approved claims of an officer's scope go into one batch, exported to Excel for the finance system, and
/// are marked paid together on a real date, once.</summary>
public sealed class PaymentBatchTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private Task<Result<T>> AsZiboOfficerAsync<T>(Func<PaymentBatches, Task<Result<T>>> work) =>
        app.AsOfficerAsync("370300", s => work(s.GetRequiredService<PaymentBatches>()));

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Batch_ApprovedClaimsExportedWithTheirTotal_MarkedPaidAllAtOnce_AWrongDateOrASecondTimeRefused()
    {
        // Zibo's own benefit and claimants: no other test of this app approves claims there.
        var (benefit, _) = await app.DefineAsync("370300", "淄博毕业生生活补贴", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None,
            Today.AddDays(-30), [new("本科及以上学历", "Degree >= Bachelor", "学历证书")], "Degree >= Master ? 1200 : 800");
        var bachelor = await app.ListedGraduateAsync("370303", DegreeLevel.Bachelor, new DateOnly(Today.Year - 1, 6, 30), "郑本科");
        var master = await app.ListedGraduateAsync("370303", DegreeLevel.Master, new DateOnly(Today.Year - 1, 6, 30), "冯硕士");
        var submitted = await app.ListedGraduateAsync("370303", DegreeLevel.Master, new DateOnly(Today.Year - 1, 6, 30), "陈待审");
        var claims = new List<BenefitApplication>();
        foreach (var who in new[] { bachelor, master })
        {
            var claim = (await app.ApplyAsync(who.User, benefit.Id)).Value!;
            Assert.False((await app.ApproveAsync("370300", claim.Id)).IsError);
            claims.Add(claim);
        }
        var pending = (await app.ApplyAsync(submitted.User, benefit.Id)).Value!;

        var batch = (await AsZiboOfficerAsync(b => b.CreateAsync(Ct))).Value!;
        var empty = await AsZiboOfficerAsync(b => b.CreateAsync(Ct));
        using var workbook = new MemoryStream();
        await app.AsOfficerAsync("370300", async s => { await s.GetRequiredService<PaymentBatches>().ExportAsync(batch, workbook, Ct); return true; });
        var tomorrow = await AsZiboOfficerAsync(b => b.MarkPaidAsync(batch.Id, batch.Version, Today.AddDays(1), Ct));
        var beforeBatch = await AsZiboOfficerAsync(b => b.MarkPaidAsync(batch.Id, batch.Version, Today.AddDays(-1), Ct));
        var unchanged = await app.WithDbAsync(db => db.BenefitApplications.AsNoTracking().Where(a => a.BatchId == batch.Id).ToListAsync(Ct));
        var paid = await AsZiboOfficerAsync(b => b.MarkPaidAsync(batch.Id, batch.Version, Today, Ct));
        var twice = await AsZiboOfficerAsync(b => b.MarkPaidAsync(batch.Id, batch.Version + 1, Today, Ct));

        Assert.Equal((2, 2000m), (batch.Count, batch.Total));
        Assert.Equal($"ZF-370300-{Today:yyyyMMdd}-01", batch.Number);
        Assert.Equal("没有待拨付的已审核申领。", empty.Error?.Message);
        workbook.Position = 0;
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal([("郑本科", "800.00"), ("冯硕士", "1200.00")],
            rows.Take(2).Select(r => (r["申请人"]?.ToString(), r["金额（元）"]?.ToString())));
        Assert.All(rows, r => Assert.Equal(batch.Number, r["批次号"]?.ToString()));
        Assert.Equal(("合计", "2000.00"), (rows[2]["拨付部分"]?.ToString(), rows[2]["金额（元）"]?.ToString()));
        Assert.Equal(("benefits.paid_on", "PaidOn"), (tomorrow.Error?.Code, tomorrow.Error?.Field));
        Assert.Equal("请填写“拨付日期”：不早于批次生成日，不晚于今天。", tomorrow.Error!.Message);
        Assert.Equal("benefits.paid_on", beforeBatch.Error?.Code);
        Assert.All(unchanged, c => Assert.Equal((ClaimStatus.Approved, (DateOnly?)null), (c.Status, c.PaidOn)));
        Assert.Equal(2, unchanged.Count);
        Assert.False(paid.IsError, paid.Error?.Message);
        Assert.Equal("benefits.paid", twice.Error?.Code);
        Assert.Contains("已于", twice.Error!.Message, StringComparison.Ordinal);
        foreach (var claim in claims)
        {
            var now = (await app.ClaimAsync(claim.Id))!;
            Assert.Equal((ClaimStatus.Paid, (DateOnly?)Today, (Guid?)batch.Id), (now.Status, now.PaidOn, now.BatchId));
        }
        var waiting = (await app.ClaimAsync(pending.Id))!;
        Assert.Equal((ClaimStatus.Submitted, (Guid?)null), (waiting.Status, waiting.BatchId));
    }
}
