using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;

namespace Yincai.UnitTests.Modules.Ambassadors;

public sealed class FilingAndCertificateTests
{
    private static readonly IReadOnlyList<(DateOnly, FilingWindowKind)> Windows =
        FilingWindow.FromNotice().Select(w => (w.DueOn, w.Kind)).ToList();

    [Fact]
    [Trait("Rule", "AMB-13")]
    public void Next_DuringTheSelectionOf2023_IsTheInitialFilingByTheEndOfJune()
    {
        var next = FilingDeadlines.Next(Windows, new DateOnly(2023, 5, 20));

        Assert.Equal((new DateOnly(2023, 6, 30), FilingWindowKind.Initial, 41), (next.DueOn, next.Kind, next.DaysLeft));
    }

    [Theory]
    [Trait("Rule", "AMB-15")]
    [InlineData("2024-01-10", "2024-05-31")]
    [InlineData("2024-05-31", "2024-05-31")]
    [InlineData("2024-06-01", "2024-11-30")]
    [InlineData("2026-12-01", "2027-05-31")]
    public void Next_ChangesAreFiledByTheEndOfMayAndOfNovember(string today, string due)
    {
        var next = FilingDeadlines.Next(Windows, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), next.DueOn);
        Assert.Equal(FilingWindowKind.Changes, next.Kind);
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public void Next_YearsPastTheTable_FallBackToTheNoticesRule()
    {
        Assert.Equal(new DateOnly(2040, 11, 30), FilingDeadlines.Next([], new DateOnly(2040, 7, 1)).DueOn);
    }

    [Fact]
    [Trait("Rule", "AMB-15")]
    public void Submit_AfterTheDeadline_IsMarkedLate_OnTheDayIsNot()
    {
        var due = new DateOnly(2026, 5, 31);
        var onTime = new FilingBatch("370200", due, Guid.CreateVersion7(), DateTime.UtcNow);
        var late = new FilingBatch("370200", due, Guid.CreateVersion7(), DateTime.UtcNow);

        onTime.Submit(due, DateTime.UtcNow);
        late.Submit(due.AddDays(1), DateTime.UtcNow);

        Assert.False(onTime.IsLate);
        Assert.True(late.IsLate);
        Assert.Equal(FilingBatchStatus.Submitted, late.Status);
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public void ExpiryOf_LeavingSchoolWithinThreeYears_EndsOnTheLeavingDay()
    {
        var issued = new DateOnly(2026, 3, 1);

        Assert.Equal(new DateOnly(2027, 6, 30), AmbassadorCertificate.ExpiryOf(issued, new DateOnly(2027, 6, 30), 3));
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public void ExpiryOf_LeavingSchoolLater_IsCappedAtThreeYears()
    {
        var issued = new DateOnly(2026, 3, 1);

        Assert.Equal(new DateOnly(2029, 3, 1), AmbassadorCertificate.ExpiryOf(issued, new DateOnly(2031, 6, 30), 3));
    }

    [Fact]
    [Trait("Rule", "AMB-06")]
    public void StateOn_ValidExpiredRevoked()
    {
        var certificate = new AmbassadorCertificate(Guid.CreateVersion7(), "370200", "370000-2026-00001", new DateOnly(2026, 3, 1),
            new DateOnly(2027, 6, 30), 3, Guid.CreateVersion7());

        var valid = certificate.StateOn(new DateOnly(2027, 6, 30));
        var expired = certificate.StateOn(new DateOnly(2027, 7, 1));
        certificate.Revoke(new DateOnly(2026, 9, 1), "Exit_OwnWish");

        Assert.Equal((CertificateState.Valid, CertificateState.Expired, CertificateState.Revoked),
            (valid, expired, certificate.StateOn(new DateOnly(2026, 9, 2))));
        Assert.Equal("370000-2026-00001", AmbassadorCertificate.NumberOf("370000", 2026, 1));
    }

    [Fact]
    [Trait("Rule", "AMB-10")]
    public void DecideReward_ByTheProposer_IsRefused_BySecondOfficerApproved()
    {
        var proposer = Guid.CreateVersion7();
        var reward = new Reward(Guid.CreateVersion7(), "370200", 50_000, "组织校园招聘会", 2026, proposer, DateTime.UtcNow);

        var same = reward.Decide(true, proposer, DateTime.UtcNow);
        var second = reward.Decide(true, Guid.CreateVersion7(), DateTime.UtcNow);

        Assert.Equal("ambassadors.same_approver", same.Error?.Code);
        Assert.False(second.IsError);
        Assert.Equal(RewardStatus.Approved, reward.Status);
    }
}
