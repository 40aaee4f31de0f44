using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>A city files its new and exited ambassadors; the province accepts or returns each line; accepted ones get the
/// certificate, which anyone can verify; late batches are marked; the province sees every city against its quota.</summary>
public sealed class AmbassadorFilingTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    [Trait("Rule", "AMB-02")]
    [Trait("Rule", "AMB-06")]
    [Trait("Rule", "AMB-15")]
    public async Task Batch_CitySubmits_ProvinceAcceptsOneAndReturnsOne_AcceptedIsActiveWithACertificate()
    {
        var (_, city) = await app.OfficerAsync("370300");
        var beijing = await app.AddAsync(Candidate("370300", "北大学子", school: "北京大学"));
        var oxford = await app.AddAsync(Candidate("370300", "牛津学子", school: "University of Oxford", country: "英国"));
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");

        var batchId = await BuildBatchAsync(city);
        var lines = await app.LinesAsync(batchId);
        using var early = await DecideAsync(province, batchId, lines[0].Id, accept: true);
        await SubmitBatchAsync(city, batchId);
        using var byCity = await DecideAsync(city, batchId, lines[0].Id, accept: true);
        using var noReason = await DecideAsync(province, batchId, lines.Single(l => l.AmbassadorId == oxford.Id).Id, accept: false);
        using var accept = await DecideAsync(province, batchId, lines.Single(l => l.AmbassadorId == beijing.Id).Id, accept: true);
        using var reject = await DecideAsync(province, batchId, lines.Single(l => l.AmbassadorId == oxford.Id).Id, accept: false, reason: "请补充在读证明");

        var batch = await app.WithDbAsync(db => db.FilingBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, Ct));
        var (accepted, returned) = (await app.ReloadAsync(beijing.Id), await app.ReloadAsync(oxford.Id));
        var certificate = await app.WithDbAsync(db => db.AmbassadorCertificates.AsNoTracking().SingleAsync(c => c.AmbassadorId == beijing.Id, Ct));
        var cityPage = await city.GetPageAsync($"/Ambassadors/Details?id={oxford.Id}");
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(FilingLineKind.New, l.Kind));
        Assert.Contains("批次尚未报送", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("只有省级经办人可以审核备案", await byCity.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("退回须填写理由", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (accept.StatusCode, reject.StatusCode));
        Assert.Equal((FilingBatchStatus.Decided, false), (batch.Status, batch.IsLate));
        Assert.Equal(AmbassadorStatus.Active, accepted.Status);
        Assert.Equal((AmbassadorStatus.Candidate, "请补充在读证明"), (returned.Status, returned.ReturnedReason));
        Assert.Contains("请补充在读证明", cityPage, StringComparison.Ordinal);
        Assert.Matches(@"\A370000-\d{4}-\d{5}\z", certificate.Number);
        Assert.Equal(Today, certificate.IssuedOn);
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public async Task Batch_ExitsAreFiledToo_AndTheNextBatchTakesTheReturnedCandidateAgain()
    {
        var (_, city) = await app.OfficerAsync("370400");
        var leaving = await app.ActiveAsync(Candidate("370400", "毕业离校"));
        await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorRegistry>().ExitAsync(leaving.Id, ExitReason.LeftCampus, Today, null, Ct));
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");

        var batchId = await BuildBatchAsync(city);
        await SubmitBatchAsync(city, batchId);
        var line = Assert.Single(await app.LinesAsync(batchId));
        using var accept = await DecideAsync(province, batchId, line.Id, accept: true);
        using var nothing = await city.SubmitFormAsync("/Ambassadors/Batches?handler=Build", new(), "/Ambassadors/Batches");

        Assert.Equal(FilingLineKind.Exit, line.Kind);
        Assert.True((await app.ReloadAsync(leaving.Id)).ExitFiled);
        Assert.Contains("没有需要备案的新增或退出人员", await nothing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public async Task Submit_AfterTheDeadline_IsMarkedLate_AndStillAccepted()
    {
        var (account, city) = await app.OfficerAsync("370500");
        var ambassador = await app.AddAsync(Candidate("370500", "逾期备案", school: "北京大学"));
        // A batch built for a deadline that has passed (yesterday), as if the city had waited.
        var batchId = await app.WithDbAsync(async db =>
        {
            var batch = new FilingBatch("370500", Today.AddDays(-1), account.Id, DateTime.UtcNow.AddDays(-10));
            db.FilingBatches.Add(batch);
            db.FilingLines.Add(new FilingLine(batch.Id, await db.Ambassadors.SingleAsync(a => a.Id == ambassador.Id, Ct), FilingLineKind.New));
            await db.SaveChangesAsync(Ct);
            return batch.Id;
        });
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");

        await SubmitBatchAsync(city, batchId);
        var page = await city.GetPageAsync($"/Ambassadors/Batch?id={batchId}");
        using var accept = await DecideAsync(province, batchId, (await app.LinesAsync(batchId))[0].Id, accept: true);

        Assert.True((await app.WithDbAsync(db => db.FilingBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, Ct))).IsLate);
        Assert.Contains("逾期报送", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accept.StatusCode);
        Assert.Equal(AmbassadorStatus.Active, (await app.ReloadAsync(ambassador.Id)).Status);
    }

    [Fact]
    [Trait("Rule", "AMB-13")]
    [Trait("Rule", "AMB-15")]
    public async Task CityPage_CountsDownToTheNextDeadlineOnFile()
    {
        var (_, city) = await app.OfficerAsync("370600");
        var today = Today;
        var next = new DateOnly(today.Year, 5, 31) >= today ? new DateOnly(today.Year, 5, 31)
            : new DateOnly(today.Year, 11, 30) >= today ? new DateOnly(today.Year, 11, 30) : new DateOnly(today.Year + 1, 5, 31);

        var page = await city.GetPageAsync("/Ambassadors/Batches");

        Assert.Contains($"下一个备案截止日：{next.Year}年{next.Month}月{next.Day}日", page, StringComparison.Ordinal);
        Assert.Contains($"还剩 {next.DayNumber - today.DayNumber} 天", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_OfficerOfAnotherCity_Gets404()
    {
        var (_, city) = await app.OfficerAsync("370700");
        await app.AddAsync(Candidate("370700"));
        var batchId = await BuildBatchAsync(city);
        var (_, other) = await app.OfficerAsync("370800");

        using var response = await other.GetAsync($"/Ambassadors/Batch?id={batchId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public async Task Accept_LeavingSchoolWithinThreeYears_CertificateEndsOnTheLeavingDay_OtherwiseAfterThreeYears()
    {
        var (_, city) = await app.OfficerAsync("370900");
        var soon = await app.AddAsync(Candidate("370900", "一年后毕业", school: "北京大学", leaving: Today.AddYears(1)));
        var later = await app.AddAsync(Candidate("370900", "五年后毕业", school: "北京大学", leaving: Today.AddYears(5)));
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");
        var batchId = await BuildBatchAsync(city);
        await SubmitBatchAsync(city, batchId);

        foreach (var line in await app.LinesAsync(batchId)) (await DecideAsync(province, batchId, line.Id, accept: true)).Dispose();

        var certificates = await app.WithDbAsync(db => db.AmbassadorCertificates.AsNoTracking()
            .Where(c => c.AmbassadorId == soon.Id || c.AmbassadorId == later.Id).ToDictionaryAsync(c => c.AmbassadorId, Ct));
        Assert.Equal(Today.AddYears(1), certificates[soon.Id].ExpiresOn);
        Assert.Equal(Today.AddYears(3), certificates[later.Id].ExpiresOn);
        Assert.NotEqual(certificates[soon.Id].Number, certificates[later.Id].Number);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public async Task Verify_ValidExpiredAndRevoked_ShowMaskedNameCityAndState()
    {
        var valid = await app.ActiveAsync(Candidate("371000", "张晓明"));
        var expired = await app.ActiveAsync(Candidate("371000", "李过期"));
        var revoked = await app.ActiveAsync(Candidate("371000", "王撤销"));
        var codes = await app.WithDbAsync(async db =>
        {
            var c1 = new AmbassadorCertificate(valid.Id, "371000", "370000-2098-00001", Today, Today.AddYears(2), 3, Guid.CreateVersion7());
            var c2 = new AmbassadorCertificate(expired.Id, "371000", "370000-2098-00002", Today.AddYears(-4), Today.AddYears(2), 3, Guid.CreateVersion7());
            var c3 = new AmbassadorCertificate(revoked.Id, "371000", "370000-2098-00003", Today, Today.AddYears(2), 3, Guid.CreateVersion7());
            db.AmbassadorCertificates.AddRange(c1, c2, c3);
            await db.SaveChangesAsync(Ct);
            return (c1.VerificationCode, c2.VerificationCode, c3.Number);
        });
        await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorRegistry>().ExitAsync(revoked.Id, ExitReason.OwnWish, Today, null, Ct));
        using var anonymous = app.CreateClient();

        var validPage = await anonymous.GetStringAsync($"/Ambassadors/Verify?code={codes.Item1}", Ct);
        var expiredPage = await anonymous.GetStringAsync($"/Ambassadors/Verify?code={codes.Item2}", Ct);
        var revokedPage = await anonymous.GetStringAsync($"/Ambassadors/Verify?number={codes.Item3}", Ct);
        var unknown = await anonymous.GetStringAsync("/Ambassadors/Verify?code=nothing", Ct);

        Assert.Contains("证书有效", validPage, StringComparison.Ordinal);
        Assert.Contains("张*明", validPage, StringComparison.Ordinal);
        Assert.DoesNotContain("张晓明", validPage, StringComparison.Ordinal);
        Assert.Contains("威海市", validPage, StringComparison.Ordinal);
        Assert.Contains("在任", validPage, StringComparison.Ordinal);
        Assert.Contains("证书已过期", expiredPage, StringComparison.Ordinal);
        Assert.Contains("证书已撤销", revokedPage, StringComparison.Ordinal);
        Assert.Contains("已退出", revokedPage, StringComparison.Ordinal);
        Assert.Contains("没有找到该证书", unknown, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public async Task CertificatePdf_HasTheVerificationLinkInItsQrCode_AndIsAPdf()
    {
        var (_, city) = await app.OfficerAsync("371100");
        var ambassador = await app.ActiveAsync(Candidate("371100", "证书持有人"));
        var certificate = await app.WithDbAsync(async db =>
        {
            var c = new AmbassadorCertificate(ambassador.Id, "371100", "370000-2097-00001", Today, Today.AddYears(2), 3, Guid.CreateVersion7());
            db.AmbassadorCertificates.Add(c);
            await db.SaveChangesAsync(Ct);
            return c;
        });

        using var pdf = await city.GetAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Certificate&certificateId={certificate.Id}", Ct);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);

        Assert.True(pdf.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Contains("FontFile2", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal); // the font is embedded
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public async Task ExpiryNotice_AMonthBefore_TellsTheHolderOnce()
    {
        var (user, ambassador) = await app.ActiveWithAccountAsync("371300");
        await app.WithDbAsync(async db =>
        {
            db.AmbassadorCertificates.Add(new AmbassadorCertificate(ambassador.Id, "371300", "370000-2096-00001", Today.AddYears(-1), Today.AddDays(20), 3,
                Guid.CreateVersion7()));
            await db.SaveChangesAsync(Ct);
        });

        await app.WithServicesAsync(s => s.GetRequiredService<CertificateExpiry>().NotifyDueAsync(Ct));
        await app.WithServicesAsync(s => s.GetRequiredService<CertificateExpiry>().NotifyDueAsync(Ct));

        var told = await app.ToldAsync(user.Id, NotificationKinds.AmbassadorCertificateExpiring);
        Assert.Equal(["370000-2096-00001", MessageValues.Date(Today.AddDays(20))], Assert.Single(told));
    }

    [Fact]
    [Trait("Rule", "AMB-05")]
    public async Task Quota_ProvinceSeesEveryCityAgainstTheQuota_ShortfallHighlighted()
    {
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");
        var before = await app.WithDbAsync(db => db.Ambassadors.CountAsync(a => a.RegionCode == "371400" && a.Status == AmbassadorStatus.Active, Ct));
        await app.ActiveAsync(Candidate("371400"));

        var page = await province.GetPageAsync("/Ambassadors/Quota");
        var (_, dezhou) = await app.OfficerAsync("371400");
        var cityPage = await dezhou.GetPageAsync("/Ambassadors/Quota");

        var row = System.Text.RegularExpressions.Regex.Match(page, @"<tr class=""([^""]*)"" data-testid=""city-371400"">(.*?)</tr>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row.Success);
        Assert.Contains("table-danger", row.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains($">{before + 1}<", row.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains($"差 {100 - before - 1} 人", row.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains("city-370100", page, StringComparison.Ordinal);
        Assert.Contains("city-371400", cityPage, StringComparison.Ordinal);
        Assert.DoesNotContain("city-370100", cityPage, StringComparison.Ordinal);
    }
}
