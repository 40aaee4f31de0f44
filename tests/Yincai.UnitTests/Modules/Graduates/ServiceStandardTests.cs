using Yincai.Modules.Graduates;

namespace Yincai.UnitTests.Modules.Graduates;

public sealed class ServiceStandardTests
{
    [Fact]
    [Trait("Rule", "GRD-02")]
    public void IsMetBy_Default_ThreeTargetedServicesOfAnyKind_ContactsDoNotCount()
    {
        var standard = ServiceStandard.Default(3);

        Assert.False(ServiceStandard.IsMetBy(standard, [ServiceKind.Contact, ServiceKind.CareerGuidance, ServiceKind.Other]));
        Assert.True(ServiceStandard.IsMetBy(standard, [ServiceKind.Contact, ServiceKind.CareerGuidance, ServiceKind.Other, ServiceKind.CareerGuidance]));
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public void IsMetBy_1131_NeedsEachPart_TrainingOrInternshipEither()
    {
        var standard = ServiceStandard.Package1131;
        ServiceKind[] most = [ServiceKind.PolicyConsultation, ServiceKind.CareerGuidance, ServiceKind.JobRecommendation, ServiceKind.JobRecommendation,
            ServiceKind.JobRecommendation];

        Assert.False(ServiceStandard.IsMetBy(standard, most));
        Assert.False(ServiceStandard.IsMetBy(standard, [.. most, ServiceKind.CareerGuidance, ServiceKind.CareerGuidance]));
        Assert.True(ServiceStandard.IsMetBy(standard, [.. most, ServiceKind.InternshipPlacement]));
        Assert.True(ServiceStandard.IsMetBy(standard, [.. most, ServiceKind.TrainingReferral]));
        Assert.False(ServiceStandard.IsMetBy(standard, [.. most[..4], ServiceKind.TrainingReferral]));
    }

    [Fact]
    [Trait("Rule", "GRD-02")]
    public void Requirements_SavedAsJson_ReadBackTheSame()
    {
        var standard = new ServiceStandard("370800", ServiceStandard.Package1131, DateTime.UtcNow);

        Assert.Equal(ServiceStandard.Package1131.Select(r => (string.Join(",", r.Kinds), r.Count)),
            standard.Requirements.Select(r => (string.Join(",", r.Kinds), r.Count)));
        Assert.Contains("JobRecommendation", standard.RequirementsJson, StringComparison.Ordinal);
    }
}
