using Yincai.Modules.Employers;
using Yincai.Modules.Employers.Contracts;

namespace Yincai.UnitTests.Modules.Employers;

public sealed class EmployerTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Officer = Guid.CreateVersion7();

    private static EmployerDetails Details(string name = "青岛海纳科技有限公司", string region = "370202") =>
        new("91350100M000100Y43", name, region, "65", OwnershipType.Private, EmployerSize.Small, "青岛市市南区香港中路1号", "王芳", "0532-80000000");

    private static Employer NewEmployer() => new(Details(), Guid.CreateVersion7(), Now);

    [Fact]
    public void Register_NewEmployer_AwaitsVerification()
    {
        var employer = NewEmployer();

        Assert.Equal(EmployerStatus.Pending, employer.Status);
        Assert.False(employer.IsKeyContact);
    }

    [Fact]
    public void Verify_Pending_BecomesVerifiedByTheOfficer()
    {
        var employer = NewEmployer();

        var result = employer.Verify(Officer, Now);

        Assert.False(result.IsError);
        Assert.Equal((EmployerStatus.Verified, Officer, Now), (employer.Status, employer.ReviewedBy!.Value, employer.ReviewedAtUtc!.Value));
    }

    [Fact]
    public void Verify_AlreadyVerified_ReturnsNotPending()
    {
        var employer = NewEmployer();
        employer.Verify(Officer, Now);

        var result = employer.Verify(Officer, Now);

        Assert.Equal("employers.not_pending", result.Error?.Code);
    }

    [Fact]
    public void Reject_WithoutReason_ReturnsReasonRequired()
    {
        var employer = NewEmployer();

        var result = employer.Reject(Officer, "  ", Now);

        Assert.Equal("employers.reason_required", result.Error?.Code);
        Assert.Equal(EmployerStatus.Pending, employer.Status);
    }

    [Fact]
    [Trait("Rule", "ENT-01")]
    public void SetKeyContact_Pending_ReturnsNotVerified()
    {
        var employer = NewEmployer();

        var result = employer.SetKeyContact(true, Now);

        Assert.Equal("employers.not_verified", result.Error?.Code);
        Assert.False(employer.IsKeyContact);
    }

    [Fact]
    [Trait("Rule", "ENT-01")]
    public void SetKeyContact_Verified_RecordsSince()
    {
        var employer = NewEmployer();
        employer.Verify(Officer, Now);

        var result = employer.SetKeyContact(true, Now);

        Assert.False(result.IsError);
        Assert.True(employer.IsKeyContact);
        Assert.Equal(Now, employer.KeyContactSinceUtc);
    }

    [Fact]
    public void Update_NameOfVerifiedKeyContact_NeedsVerifyingAgainAndDropsTheFlag()
    {
        var employer = NewEmployer();
        employer.Verify(Officer, Now);
        employer.SetKeyContact(true, Now);

        employer.Update(Details(name: "青岛海纳智能科技有限公司"));

        Assert.Equal(EmployerStatus.Pending, employer.Status);
        Assert.False(employer.IsKeyContact);
    }

    [Fact]
    public void Update_OnlyTheContactOfVerified_StaysVerified()
    {
        var employer = NewEmployer();
        employer.Verify(Officer, Now);

        employer.Update(Details() with { ContactName = "李强" });

        Assert.Equal(EmployerStatus.Verified, employer.Status);
    }

    [Fact]
    public void IndustryCatalog_ShippedFile_HasTheStandardsCounts()
    {
        var catalog = new IndustryCatalog();

        Assert.Equal(1971, catalog.All.Count);
        Assert.Equal(20, catalog.Sections.Count());
        Assert.Equal(97, catalog.Divisions.Count());
        Assert.Equal("软件和信息技术服务业", catalog.Find("65")?.Name);
    }
}
