using Yincai.Modules.Ambassadors;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Ambassadors;

public sealed class AmbassadorTests
{
    private static readonly DateOnly Today = AmbassadorBuilder.Today;

    [Theory]
    [Trait("Rule", "AMB-02")]
    [InlineData("北京大学", "110000", null, true)]
    [InlineData("新加坡国立大学", null, "新加坡", true)]
    [InlineData("中国海洋大学", "370000", null, false)]
    public void RequiresFiling_SchoolOutsideTheProvinceOrAbroad_IsTrue(string school, string? province, string? country, bool expected)
    {
        var ambassador = new AmbassadorBuilder().AtSchool(school, province, country).Build();

        Assert.Equal(expected, ambassador.NeedsFiling);
    }

    [Fact]
    [Trait("Rule", "AMB-02")]
    public void Activate_SchoolOutsideTheProvince_MustBeFiledFirst()
    {
        var outside = new AmbassadorBuilder().AtSchool("北京大学", "110000").Build();
        var inside = new AmbassadorBuilder().Build();

        var refused = outside.Activate(Today);
        var started = inside.Activate(Today);

        Assert.Equal("ambassadors.must_be_filed", refused.Error?.Code);
        Assert.Equal(AmbassadorStatus.Candidate, outside.Status);
        Assert.False(started.IsError);
        Assert.Equal(AmbassadorStatus.Active, inside.Status);
    }

    [Theory]
    [Trait("Rule", "AMB-03")]
    [InlineData(ExitReason.OwnWish)]
    [InlineData(ExitReason.LeftCampus)]
    [InlineData(ExitReason.NoLongerQualified)]
    public void Exit_EachReasonOfTheNotice_IsDatedAndKept(ExitReason reason)
    {
        var ambassador = new AmbassadorBuilder().Active().Build();

        var result = ambassador.Exit(reason, Today.AddDays(-3), "说明", Today);

        Assert.False(result.IsError);
        Assert.Equal((AmbassadorStatus.Exited, Today.AddDays(-3), reason), (ambassador.Status, ambassador.ExitedOn, ambassador.ExitReason));
        Assert.False(ambassador.ExitFiled);
    }

    [Fact]
    [Trait("Rule", "AMB-03")]
    public void Exit_InTheFutureOrAsReappointed_IsRefused()
    {
        var ambassador = new AmbassadorBuilder().Active().Build();

        Assert.Equal("ambassadors.exit_in_future", ambassador.Exit(ExitReason.OwnWish, Today.AddDays(1), null, Today).Error?.Code);
        Assert.Equal("ambassadors.bad_exit_reason", ambassador.Exit(ExitReason.Reappointed, Today, null, Today).Error?.Code);
        Assert.Equal(AmbassadorStatus.Active, ambassador.Status);
    }

    [Theory]
    [Trait("Rule", "AMB-11")]
    [InlineData(ExitReason.OwnWish, true)]
    [InlineData(ExitReason.LeftCampus, true)]
    [InlineData(ExitReason.NoLongerQualified, false)]
    public void Exit_NormalExitOfAServingAmbassador_WaitsForTheThankYouLetter(ExitReason reason, bool due)
    {
        var ambassador = new AmbassadorBuilder().Active().Build();

        ambassador.Exit(reason, Today, null, Today);

        Assert.Equal(due, ambassador.ThanksLetterDue);
    }

    [Fact]
    [Trait("Rule", "AMB-11")]
    public void Exit_CandidateWhoNeverServed_IsNotPromptedForALetter()
    {
        var candidate = new AmbassadorBuilder().Build();

        candidate.Exit(ExitReason.OwnWish, Today, null, Today);

        Assert.False(candidate.ThanksLetterDue);
    }

    [Fact]
    [Trait("Rule", "AMB-04")]
    public void Reappoint_AfterLeavingCampusForFurtherStudy_KeepsTheRecordAndIsFiledAgain()
    {
        var ambassador = new AmbassadorBuilder().Active().Build();
        var code = ambassador.ReferralCode;
        ambassador.Exit(ExitReason.LeftCampus, Today, "本科毕业", Today);
        var phd = new AmbassadorSchool("4111010001", "北京大学", "110000", null, AmbassadorRole.Student, DegreeLevel.Master, true, Today.AddYears(4));

        var result = ambassador.Reappoint(phd, Today);

        Assert.False(result.IsError);
        Assert.Equal((AmbassadorStatus.Candidate, "北京大学", true, code, 1), (ambassador.Status, ambassador.SchoolName, ambassador.IsPhd, ambassador.ReferralCode, ambassador.Reappointments));
        Assert.Null(ambassador.ExitedOn);
        Assert.True(ambassador.NeedsFiling);
    }

    [Fact]
    [Trait("Rule", "AMB-04")]
    public void Reappoint_AfterExitAsNoLongerQualified_IsRefused()
    {
        var ambassador = new AmbassadorBuilder().Active().Build();
        ambassador.Exit(ExitReason.NoLongerQualified, Today, null, Today);

        var result = ambassador.Reappoint(ambassador.School, Today);

        Assert.Equal("ambassadors.not_qualified", result.Error?.Code);
        Assert.Equal(AmbassadorStatus.Exited, ambassador.Status);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public void File_AfterTheExpectedLeavingDate_IsRefused()
    {
        var ambassador = new AmbassadorBuilder().Build();

        var result = ambassador.File(ambassador.ExpectedLeavingOn);

        Assert.Equal("ambassadors.already_left", result.Error?.Code);
    }
}
