using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Certificates;
using static Yincai.IntegrationTests.Modules.Ambassadors.AmbassadorTestData;

namespace Yincai.IntegrationTests.Modules.Ambassadors;

/// <summary>Recruiting, qualification, starting, exits and re-appointment through the officers' pages; the city scope; the
/// audited reveal of the ID number.</summary>
public sealed class AmbassadorLifecycleTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(CandidateInput c) => new()
    {
        ["Form.FullName"] = c.FullName, ["Form.IdNumber"] = c.IdNumber, ["Form.NativePlaceCode"] = c.Application.NativePlaceCode ?? "",
        ["Form.CityCode"] = c.CityCode, ["Form.SchoolName"] = c.Application.SchoolName ?? "", ["Form.Country"] = c.Application.Country ?? "",
        ["Form.Role"] = c.Application.Role?.ToString() ?? "", ["Form.Degree"] = c.Application.Degree?.ToString() ?? "",
        ["Form.IsPhd"] = c.Application.IsPhd ? "true" : "false",
        ["Form.ExpectedLeavingOn"] = c.Application.ExpectedLeavingOn is { } d ? Iso(d) : "",
        ["Form.WillingAndSkilled"] = c.Application.WillingAndSkilled ? "true" : "false",
    };

    [Fact]
    [Trait("Rule", "AMB-01")]
    public async Task New_NotANativeAtAnUnknownSchoolAndNotWilling_NamesEachProblemInChineseAndSavesNothing()
    {
        var (_, officer) = await app.OfficerAsync("370300");
        var input = Candidate("370300", "籍贯不符");
        input = input with { Application = input.Application with { NativePlaceCode = "320102", SchoolName = "不存在的大学", WillingAndSkilled = false } };

        using var response = await officer.SubmitFormAsync("/Ambassadors/New", Form(input));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("籍贯须为本省", html, StringComparison.Ordinal);
        Assert.Contains("学校不在教育部普通高等学校名单中", html, StringComparison.Ordinal);
        Assert.Contains("须本人愿意服务家乡", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Ambassadors.AnyAsync(a => a.FullName == "籍贯不符", Ct)));
    }

    [Fact]
    [Trait("Rule", "AMB-01")]
    [Trait("Rule", "AMB-02")]
    public async Task New_NativeAbroad_IsACandidateOfTheTalentPoolThatMustBeFiled()
    {
        var (_, officer) = await app.OfficerAsync("370400");
        var input = Candidate("370400", "海外学子", school: "University of Oxford", country: "英国");

        using var response = await officer.SubmitFormAsync("/Ambassadors/New", Form(input));
        var id = Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1]);
        var ambassador = await app.ReloadAsync(id);
        using var activate = await officer.SubmitFormAsync($"/Ambassadors/Details?id={id}&handler=Activate", new() { ["id"] = id.ToString() },
            $"/Ambassadors/Details?id={id}");
        var html = await activate.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((AmbassadorStatus.Candidate, "英国", "370400"), (ambassador.Status, ambassador.Country, ambassador.RegionCode));
        Assert.Matches(@"\A3704\*+[0-9X]{4}\z", ambassador.IdNumberMasked);
        Assert.True(await app.WithDbAsync(db => db.Talents.AnyAsync(t => t.Id == ambassador.TalentId && t.NativePlaceCode == "370400", Ct)));
        Assert.Contains("省外、境外高校的引才大使须报省人社厅备案", html, StringComparison.Ordinal);
        Assert.Equal(AmbassadorStatus.Candidate, (await app.ReloadAsync(id)).Status);
    }

    [Fact]
    [Trait("Rule", "AMB-02")]
    public async Task Activate_SchoolInTheProvince_TheCityStartsItItself()
    {
        var (_, officer) = await app.OfficerAsync("370500");
        var ambassador = await app.AddAsync(Candidate("370500"));

        using var activate = await officer.SubmitFormAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Activate",
            new() { ["id"] = ambassador.Id.ToString() }, $"/Ambassadors/Details?id={ambassador.Id}");

        Assert.Equal(HttpStatusCode.Redirect, activate.StatusCode);
        Assert.Equal(AmbassadorStatus.Active, (await app.ReloadAsync(ambassador.Id)).Status);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public async Task Activate_SchoolInTheProvince_TheAmbassadorGetsTheProvincesCertificate()
    {
        var (_, officer) = await app.OfficerAsync("370500");
        var ambassador = await app.AddAsync(Candidate("370500", "本省证书"));

        using var activate = await officer.SubmitFormAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Activate",
            new() { ["id"] = ambassador.Id.ToString() }, $"/Ambassadors/Details?id={ambassador.Id}");

        Assert.Equal(HttpStatusCode.Redirect, activate.StatusCode);
        var certificate = Assert.Single(await app.WithDbAsync(db => db.AmbassadorCertificates.AsNoTracking()
            .Where(c => c.AmbassadorId == ambassador.Id).ToListAsync(Ct)));
        Assert.StartsWith($"370000-{Today.Year}-", certificate.Number, StringComparison.Ordinal);
        Assert.Equal((Today, "370500"), (certificate.IssuedOn, certificate.RegionCode));
        Assert.Equal(Yincai.Modules.Ambassadors.Certificates.CertificateState.Valid, certificate.StateOn(Today));
        Assert.True(certificate.ExpiresOn <= ambassador.ExpectedLeavingOn);
        var page = await officer.GetPageAsync($"/Ambassadors/Details?id={ambassador.Id}");
        Assert.Contains(certificate.Number, page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "AMB-01")]
    public async Task New_SamePersonTwice_IsRefused()
    {
        var input = Candidate("370500");
        await app.AddAsync(input);

        var again = await app.WithServicesAsync(s => s.GetRequiredService<AmbassadorRegistry>().AddAsync(input with { CityCode = "370600" }, Ct));

        Assert.Equal("ambassadors.already_ambassador", again.Error?.Code);
    }

    [Fact]
    [Trait("Rule", "AMB-03")]
    [Trait("Rule", "AMB-11")]
    public async Task Exit_OwnWish_IsDatedKeptAndPromptsTheThankYouLetter_WhichClearsThePromptAndIsAPdf()
    {
        var (_, officer) = await app.OfficerAsync("370700");
        var ambassador = await app.ActiveAsync(Candidate("370700", "正常退出"));
        var exitDay = Today.AddDays(-2);

        using var exit = await officer.SubmitFormAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Exit", new()
        {
            ["id"] = ambassador.Id.ToString(), ["reason"] = nameof(ExitReason.OwnWish), ["exitedOn"] = Iso(exitDay), ["note"] = "学业繁忙",
        }, $"/Ambassadors/Details?id={ambassador.Id}");
        var list = await officer.GetPageAsync("/Ambassadors");
        var exited = await app.ReloadAsync(ambassador.Id);
        var term = await app.WithDbAsync(db => db.AmbassadorTerms.AsNoTracking().SingleAsync(t => t.AmbassadorId == ambassador.Id, Ct));
        using var letter = await officer.SubmitFormAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Letter",
            new() { ["id"] = ambassador.Id.ToString(), ["kind"] = "Thanks" }, $"/Ambassadors/Details?id={ambassador.Id}");
        var sent = await app.WithDbAsync(db => db.AmbassadorLetters.AsNoTracking().SingleAsync(l => l.AmbassadorId == ambassador.Id, Ct));
        using var pdf = await officer.GetAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Letter&letterId={sent.Id}", Ct);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);
        Assert.Equal((AmbassadorStatus.Exited, exitDay, ExitReason.OwnWish, "学业繁忙"), (exited.Status, exited.ExitedOn, exited.ExitReason, exited.ExitNote));
        Assert.Equal((exitDay, ExitReason.OwnWish), (term.EndedOn, term.EndReason));
        Assert.True(exited.ThanksLetterDue);
        Assert.Contains("正常退出的引才大使尚未致信感谢", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, letter.StatusCode);
        Assert.True(sent.OnExit);
        Assert.Contains("结束聘期", sent.Body, StringComparison.Ordinal);
        Assert.False((await app.ReloadAsync(ambassador.Id)).ThanksLetterDue);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    [Trait("Rule", "AMB-03")]
    public async Task Exit_NoLongerQualified_GetsNoLetterPrompt()
    {
        var (_, officer) = await app.OfficerAsync("370800");
        var ambassador = await app.ActiveAsync(Candidate("370800"));

        using var exit = await officer.SubmitFormAsync($"/Ambassadors/Details?id={ambassador.Id}&handler=Exit", new()
        {
            ["id"] = ambassador.Id.ToString(), ["reason"] = nameof(ExitReason.NoLongerQualified), ["exitedOn"] = Iso(Today),
        }, $"/Ambassadors/Details?id={ambassador.Id}");

        var exited = await app.ReloadAsync(ambassador.Id);
        Assert.Equal((AmbassadorStatus.Exited, ExitReason.NoLongerQualified, false), (exited.Status, exited.ExitReason, exited.ThanksLetterDue));
    }

    [Fact]
    [Trait("Rule", "AMB-04")]
    public async Task Reappoint_AfterGraduatingIntoAPhd_KeepsHistoryAndReferralCode_AndRevokesTheOldCertificate()
    {
        var (_, officer) = await app.OfficerAsync("370900");
        var ambassador = await app.ActiveAsync(Candidate("370900", "连选连聘")); // holds the certificate issued on activation (AMB-06)
        var details = $"/Ambassadors/Details?id={ambassador.Id}";

        using var reappoint = await officer.SubmitFormAsync(details + "&handler=Reappoint", new()
        {
            ["id"] = ambassador.Id.ToString(), ["School.SchoolName"] = "北京大学", ["School.Role"] = "Student", ["School.Degree"] = "Doctorate",
            ["School.IsPhd"] = "true", ["School.ExpectedLeavingOn"] = Iso(Today.AddYears(4)),
        }, details);

        var after = await app.ReloadAsync(ambassador.Id);
        var terms = await app.WithDbAsync(db => db.AmbassadorTerms.AsNoTracking().Where(t => t.AmbassadorId == ambassador.Id).OrderBy(t => t.Id).ToListAsync(Ct));
        var certificate = await app.WithDbAsync(db => db.AmbassadorCertificates.AsNoTracking().SingleAsync(c => c.AmbassadorId == ambassador.Id, Ct));
        Assert.Equal(HttpStatusCode.Redirect, reappoint.StatusCode);
        Assert.Equal((AmbassadorStatus.Candidate, "北京大学", true, ambassador.ReferralCode, 1),
            (after.Status, after.SchoolName, after.IsPhd, after.ReferralCode, after.Reappointments));
        Assert.Equal(2, terms.Count);
        Assert.Equal(("中国海洋大学", ExitReason.Reappointed), (terms[0].SchoolName, terms[0].EndReason));
        Assert.Equal(("北京大学", (ExitReason?)null), (terms[1].SchoolName, terms[1].EndReason));
        Assert.Equal(CertificateState.Revoked, certificate.StateOn(Today));
    }

    [Fact]
    public async Task Details_OfficerOfAnotherCity_Gets404_AndTheListLeavesItOut()
    {
        var ambassador = await app.AddAsync(Candidate("371000", "威海大使" + Guid.NewGuid().ToString("N")[..4]));
        var (_, other) = await app.OfficerAsync("371100");
        var (_, own) = await app.OfficerAsync("371000");

        using var details = await other.GetAsync($"/Ambassadors/Details?id={ambassador.Id}", Ct);
        var otherList = await other.GetPageAsync("/Ambassadors");
        var ownList = await own.GetPageAsync("/Ambassadors");
        using var province = await app.ClientAsync(Via.Cookie, "officer.sd");
        using var provinceDetails = await province.GetAsync($"/Ambassadors/Details?id={ambassador.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.DoesNotContain(ambassador.FullName, otherList, StringComparison.Ordinal);
        Assert.Contains(ambassador.FullName, ownList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, provinceDetails.StatusCode);
    }

    [Fact]
    public async Task Reveal_IdNumber_IsMaskedUntilAskedWithAPurpose_AndTheViewIsAudited()
    {
        var (_, officer) = await app.OfficerAsync("371300");
        var input = Candidate("371300");
        var ambassador = await app.AddAsync(input);
        var details = $"/Ambassadors/Details?id={ambassador.Id}";
        var mark = await app.LastAuditSequenceAsync();

        var page = await officer.GetPageAsync(details);
        using var reveal = await officer.SubmitFormAsync(details + "&handler=Reveal", new() { ["id"] = ambassador.Id.ToString(), ["purpose"] = "filing" }, details);
        var revealed = await reveal.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain(input.IdNumber, page, StringComparison.Ordinal);
        Assert.Contains(ambassador.IdNumberMasked, page, StringComparison.Ordinal);
        Assert.Contains(input.IdNumber, revealed, StringComparison.Ordinal);
        var audit = await app.AuditEntriesAfterAsync(mark);
        Assert.Contains(audit, a => a.Action == AuditActions.SensitiveView && a.EntityId == ambassador.Id.ToString());
    }

    [Fact]
    [Trait("Rule", "AMB-12")]
    public async Task WantsToReturn_Flagged_IsListedForOfficersWithTheMatchingLink()
    {
        var (_, officer) = await app.OfficerAsync("371400");
        var ambassador = await app.ActiveAsync(Candidate("371400", "想回来" + Guid.NewGuid().ToString("N")[..4]));
        var other = await app.ActiveAsync(Candidate("371400", "不回来" + Guid.NewGuid().ToString("N")[..4]));
        var details = $"/Ambassadors/Details?id={ambassador.Id}";

        using var flag = await officer.SubmitFormAsync(details + "&handler=ReturnFlag", new() { ["id"] = ambassador.Id.ToString(), ["wants"] = "true" }, details);
        var list = await officer.GetPageAsync("/Ambassadors?WantsToReturn=true");

        Assert.Equal(HttpStatusCode.Redirect, flag.StatusCode);
        Assert.True((await app.ReloadAsync(ambassador.Id)).WantsToReturn);
        Assert.Contains(ambassador.FullName, list, StringComparison.Ordinal);
        Assert.DoesNotContain(other.FullName, list, StringComparison.Ordinal);
        Assert.Contains("/Matching/Phds", list, StringComparison.Ordinal);
    }
}
