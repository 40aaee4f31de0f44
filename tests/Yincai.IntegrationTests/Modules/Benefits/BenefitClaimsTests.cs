using Yincai.Modules.Benefits;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using ClaimStatus = Yincai.Modules.Benefits.Claims.ApplicationStatus;

namespace Yincai.IntegrationTests.Modules.Benefits;

/// <summary>Claims as talents and officers meet them (ENT-05, ENT-06, GRD-12): each condition met or not with where the platform proved
/// it, the amount with its inputs, a claim with nothing to upload when the records prove everything and a file only for what they
/// cannot, approval that keeps the amount and tells the claimant, rejection with a reason, and each city's officers in their own
/// scope.</summary>
public sealed class BenefitClaimsTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaClock.DateOf(DateTime.UtcNow);

    private static DateOnly GraduatedLastYear => new(Today.Year - 1, 6, 30);

    /// <summary>GRD-12's housing subsidy by degree, as Qingdao's officers would write it.</summary>
    private static readonly BenefitCondition[] ByDegree =
    [
        new("硕士及以上学历", "Degree >= Master", "学历证书"),
        new("毕业 2 年内", "YearsSinceGraduation <= 2", "毕业证书"),
        new("在青岛就业", "Employed && In(WorkRegion, \"3702\")", "劳动合同"),
    ];

    private const string AmountByDegree = "Degree == Doctorate ? 3000 : 1500";

    private Task<(Benefit Benefit, BenefitRules Rules)> HousingSubsidyAsync(string name) =>
        app.DefineAsync("370200", name, BenefitClaimant.Talent, BenefitFrequency.OncePerYear, BenefitInstalments.None, Today.AddDays(-30), ByDegree,
            AmountByDegree);

    private async Task<(TestAccount User, Guid TalentId)> HiredMasterAsync(string name = "王硕士")
    {
        var talent = await app.ListedGraduateAsync("370202", DegreeLevel.Master, GraduatedLastYear, name);
        await app.HireAsync(talent.User);
        return talent;
    }

    [Fact]
    [Trait("Rule", "GRD-12")]
    [Trait("Rule", "ENT-05")]
    public async Task Option_ListedMasterHiredInQingdao_SeesEveryConditionMetAndProven_AndTheAmountWithItsInputs()
    {
        var (benefit, rules) = await HousingSubsidyAsync("青岛住房补贴（条件说明）");
        var master = await HiredMasterAsync();

        var option = await app.OptionAsync(master.User, benefit.Id);

        Assert.NotNull(option);
        Assert.Equal(rules.Id, option.Rules.Id);
        Assert.Equal(["硕士及以上学历", "毕业 2 年内", "在青岛就业"], option.Eligibility.Conditions.Select(c => c.Label));
        Assert.All(option.Eligibility.Conditions, c => Assert.True(c.Met && c.Verified, $"条件“{c.Label}”应由平台记录核实"));
        Assert.Equal([ProofSource.UniversityList, ProofSource.UniversityList, ProofSource.Hire],
            option.Eligibility.Conditions.Select(c => c.ProofSource));
        Assert.True(option.CanClaim);
        Assert.Equal(1500m, option.Amount);
        var input = Assert.Single(option.Eligibility.Inputs);
        Assert.Equal(("Degree", "3", ProofSource.UniversityList), (input.Fact, input.Value, input.ProofSource));
    }

    [Fact]
    [Trait("Rule", "GRD-12")]
    public async Task Option_BachelorNotEmployed_SeesWhichConditionsAreUnmet_AndCannotClaim()
    {
        var (benefit, _) = await HousingSubsidyAsync("青岛住房补贴（不符合）");
        var bachelor = await app.ListedGraduateAsync("370202", DegreeLevel.Bachelor, GraduatedLastYear, "李本科");

        var option = await app.OptionAsync(bachelor.User, benefit.Id);
        var applied = await app.ApplyAsync(bachelor.User, benefit.Id);

        Assert.NotNull(option);
        Assert.Equal([false, true, false], option.Eligibility.Conditions.Select(c => c.Met));
        Assert.Equal("学历证书", option.Eligibility.Conditions[0].Evidence);
        Assert.Null(option.Amount);
        Assert.False(option.CanClaim);
        Assert.Equal("benefits.not_eligible", applied.Error?.Code);
        Assert.Equal("您目前不符合该补贴的全部条件。", applied.Error!.Message);
        Assert.Empty(await app.ClaimsOfAsync(bachelor.TalentId));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    [Trait("Rule", "GRD-12")]
    public async Task Apply_GraduateOnAUniversityListHiredOnThePlatform_ClaimsWithNothingToUpload()
    {
        var (benefit, rules) = await HousingSubsidyAsync("青岛住房补贴（无感认证）");
        var master = await HiredMasterAsync();

        var applied = await app.ApplyAsync(master.User, benefit.Id);

        Assert.False(applied.IsError, applied.Error?.Message);
        var claim = await app.ClaimAsync(applied.Value!.Id);
        Assert.NotNull(claim);
        Assert.Equal((ClaimStatus.Submitted, 1500m, rules.Number, "370202", Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (claim.Status, claim.Amount, claim.RulesNumber, claim.RegionCode, claim.Period));
        Assert.All(claim.Conditions, c => Assert.True(c.Met && c.Verified, $"条件“{c.Label}”不应要求上传材料"));
        Assert.False(await app.WithDbAsync(db => db.BenefitEvidence.AnyAsync(e => e.ApplicationId == claim.Id, Ct)));
        var again = await app.OptionAsync(master.User, benefit.Id);
        Assert.Equal("您的申领正在审核中。", again!.Blocked);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    public async Task Apply_ConditionOverADeclaredHousehold_AsksForItsEvidence_MissingWrongTypeOrTooLargeRefusedNamingIt_AndNothingSaved()
    {
        var (benefit, _) = await app.DefineAsync("370200", "青岛落户补贴（需材料）", BenefitClaimant.Talent, BenefitFrequency.Once, BenefitInstalments.None,
            Today.AddDays(-30), [new("本科及以上学历", "Degree >= Bachelor", "学历证书"), new("青岛户籍", "In(HouseholdRegion, \"3702\")", "户口簿")],
            "1000");
        var graduate = await app.ListedGraduateAsync("370202", DegreeLevel.Bachelor, GraduatedLastYear, "赵落户");

        var option = await app.OptionAsync(graduate.User, benefit.Id);
        var missing = await app.ApplyAsync(graduate.User, benefit.Id);
        var text = await app.ApplyAsync(graduate.User, benefit.Id, null, new EvidenceUpload(1, "户口簿.pdf", "这不是 PDF 文件"u8.ToArray()));
        var large = await app.ApplyAsync(graduate.User, benefit.Id, null, new EvidenceUpload(1, "户口簿.pdf", Pdf(BenefitClaims.MaxEvidenceBytes + 1)));
        var nothing = await app.ClaimsOfAsync(graduate.TalentId);
        var applied = await app.ApplyAsync(graduate.User, benefit.Id, null, new EvidenceUpload(1, "户口簿.pdf", Pdf()));

        Assert.Equal([(true, true), (true, false)], option!.Eligibility.Conditions.Select(c => (c.Met, c.Verified)));
        Assert.Equal(("benefits.evidence_missing", "Evidence[1]"), (missing.Error?.Code, missing.Error?.Field));
        Assert.Equal("请为条件“青岛户籍”上传证明材料：户口簿。", missing.Error!.Message);
        Assert.Equal("条件“青岛户籍”的证明材料须为 PDF、JPEG 或 PNG 文件。", text.Error?.Message);
        Assert.Equal("条件“青岛户籍”的证明材料超过 5 MB。", large.Error?.Message);
        Assert.Empty(nothing);
        Assert.False(applied.IsError, applied.Error?.Message);
        var evidence = Assert.Single(await app.WithDbAsync(db => db.BenefitEvidence.AsNoTracking().Where(e => e.ApplicationId == applied.Value!.Id)
            .ToListAsync(Ct)));
        Assert.Equal((1, "application/pdf"), (evidence.Condition, evidence.ContentType));
        Assert.Single(await app.ClaimsOfAsync(graduate.TalentId));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "GRD-12")]
    public async Task Approve_KeepsTheAmountAndItsInputs_GrantsIt_AndTellsTheClaimantInTheInbox()
    {
        var (benefit, _) = await HousingSubsidyAsync("青岛住房补贴（审核通过）");
        var doctor = await app.ListedGraduateAsync("370202", DegreeLevel.Doctorate, GraduatedLastYear, "孙博士");
        await app.HireAsync(doctor.User);
        var applied = (await app.ApplyAsync(doctor.User, benefit.Id)).Value!;

        var approved = await app.ApproveAsync("370200", applied.Id);
        var again = await app.ApproveAsync("370200", applied.Id);

        Assert.False(approved.IsError, approved.Error?.Message);
        var claim = (await app.ClaimAsync(applied.Id))!;
        Assert.Equal((ClaimStatus.Approved, 3000m), (claim.Status, claim.Amount));
        Assert.Equal([("Degree", "4")], claim.Inputs.Select(i => (i.Fact, i.Value)));
        Assert.Equal([(1, 1500m), (2, 1500m)], (await app.GrantsAsync(benefit.Id, doctor.TalentId)).Select(g => (g.Half, g.Amount)));
        var told = Assert.Single(await app.InboxAsync(doctor.User.Id), n => n.Link == $"/Benefits/Claim?id={applied.Id}");
        Assert.Equal(NotificationKinds.BenefitClaimApproved.Key, told.TemplateKey);
        Assert.Equal(["青岛住房补贴（审核通过）", "3,000.00"], MessageTemplates.Values(told.Values!));
        Assert.Equal("该申领已审核，不能重复办理。", again.Error?.Message);
        Assert.Equal("您已享受过本期该补贴。", (await app.OptionAsync(doctor.User, benefit.Id))!.Blocked);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Reject_WithoutAReason_IsRefusedNamingTheField_WithOne_TellsTheClaimantWhy()
    {
        var (benefit, _) = await HousingSubsidyAsync("青岛住房补贴（不予通过）");
        var master = await HiredMasterAsync();
        var applied = (await app.ApplyAsync(master.User, benefit.Id)).Value!;

        var blank = await app.AsOfficerAsync("370200", s => s.GetRequiredService<BenefitClaims>().RejectAsync(applied.Id, applied.Version, "  ", Ct));
        var rejected = await app.AsOfficerAsync("370200", s => s.GetRequiredService<BenefitClaims>()
            .RejectAsync(applied.Id, applied.Version, "劳动合同期限不足一年", Ct));

        Assert.Equal(("benefits.reason", "Reason"), (blank.Error?.Code, blank.Error?.Field));
        Assert.Contains("不予通过的理由", blank.Error!.Message, StringComparison.Ordinal);
        Assert.False(rejected.IsError, rejected.Error?.Message);
        var claim = (await app.ClaimAsync(applied.Id))!;
        Assert.Equal((ClaimStatus.Rejected, "劳动合同期限不足一年"), (claim.Status, claim.RejectionReason));
        Assert.Empty(await app.GrantsAsync(benefit.Id, master.TalentId));
        var told = Assert.Single(await app.InboxAsync(master.User.Id), n => n.Link == $"/Benefits/Claim?id={applied.Id}");
        Assert.Equal(NotificationKinds.BenefitClaimRejected.Key, told.TemplateKey);
        Assert.Equal(["青岛住房补贴（不予通过）", "劳动合同期限不足一年"], MessageTemplates.Values(told.Values!));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public async Task Scope_JinansOfficer_CannotSeeApproveRejectOrBatchAQingdaoClaim()
    {
        var (benefit, _) = await HousingSubsidyAsync("青岛住房补贴（辖区）");
        var master = await HiredMasterAsync();
        var applied = (await app.ApplyAsync(master.User, benefit.Id)).Value!;

        var seen = await app.AsOfficerAsync("370100", s => s.GetRequiredService<BenefitClaims>().ViewAsync(applied.Id, Ct));
        var approved = await app.ApproveAsync("370100", applied.Id);
        var rejected = await app.AsOfficerAsync("370100", s => s.GetRequiredService<BenefitClaims>().RejectAsync(applied.Id, applied.Version, "越权", Ct));
        var qingdao = await app.AsOfficerAsync("370200", s => s.GetRequiredService<BenefitClaims>().ViewAsync(applied.Id, Ct));
        await app.ApproveAsync("370200", applied.Id);
        var waiting = await app.AsOfficerAsync("370100", s => s.GetRequiredService<PaymentBatches>().WaitingAsync(Ct));
        await app.AsOfficerAsync("370100", s => s.GetRequiredService<PaymentBatches>().CreateAsync(Ct));

        Assert.Null(seen);
        Assert.Equal("benefits.not_found", approved.Error?.Code);
        Assert.Equal("benefits.not_found", rejected.Error?.Code);
        Assert.NotNull(qingdao);
        Assert.DoesNotContain(waiting, c => c.Id == applied.Id);
        var claim = (await app.ClaimAsync(applied.Id))!;
        Assert.Equal((ClaimStatus.Approved, (Guid?)null), (claim.Status, claim.BatchId));
    }

    private static byte[] Pdf(int size = 1024) => BenefitsTestData.Pdf(size);
}
