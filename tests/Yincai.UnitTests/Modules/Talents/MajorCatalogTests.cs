using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;
using static Yincai.UnitTests.Modules.Matching.MatchSamples;

namespace Yincai.UnitTests.Modules.Talents;

/// <summary>The three catalogues of majors (本科, 高职专科, 研究生) and how a 专科 or graduate major is compared with the
/// undergraduate majors jobs name (issue 22: a 专科 major had no code and earned nothing).</summary>
public sealed class MajorCatalogTests
{
    private static readonly MajorCatalog Majors = new();

    [Fact]
    public void Catalogues_AllThree_AreLoadedWithTheirCounts()
    {
        Assert.Equal(744, Majors.All.Count(m => m.Level == MajorLevel.Vocational));
        Assert.Equal(184, Majors.All.Count(m => m.Level == MajorLevel.Graduate));
        Assert.Equal(Majors.Undergraduate.Count, Majors.All.Count(m => m.Level == MajorLevel.Undergraduate));
        var vocational = Majors.Find("510203")!;
        Assert.Equal(("软件技术", "5102", "计算机类", "51", "电子与信息大类"),
            (vocational.Name, vocational.ClassCode, vocational.ClassName, vocational.CategoryCode, vocational.CategoryName));
        Assert.Equal("计算机科学与技术", Majors.Find("0812")!.Name);
        // A name in two catalogues finds the undergraduate major.
        Assert.Equal("080901", Majors.FindByName("计算机科学与技术")!.Code);
        Assert.Equal("510201", Majors.FindByName("计算机应用技术")!.Code);
    }

    [Theory]
    [InlineData("080901", "080901")]
    [InlineData("510203", "080900")]
    [InlineData("0812", "080901")]
    [InlineData("530701", "120801")]
    [InlineData("1102", null)]
    [InlineData("999999", null)]
    public void ComparedAs_SameNameInTheNearestClass_ElseTheClassItself(string code, string? comparedAs)
    {
        Assert.Equal(comparedAs, Majors.ComparedAs(code));
    }

    [Fact]
    public void VocationalGraduate_JobAskingAComputingMajor_EarnsTheRelatedClassPoints_NotNothing()
    {
        var scorer = Scorer();
        var college = Mapper.Talent(new TalentRow(Guid.CreateVersion7(), "370202", null, [], [], [], DegreeLevel.Vocational, "510203", "软件技术",
            Year, null, ["Java"]));
        var job = Mapper.Job(new JobRow(Guid.CreateVersion7(), "370202", "6513", JobType.FullTime, DegreeLevel.Vocational, ["080902", "080901"], 0,
            5000, 8000, "Java开发", ["Java"], ""));
        var english = Mapper.Job(new JobRow(Guid.CreateVersion7(), "370202", "6513", JobType.FullTime, DegreeLevel.Vocational, ["050201"], 0,
            5000, 8000, "Java开发", ["Java"], ""));

        Assert.Equal(scorer.Weights.SameMajorClass, scorer.MajorFit(college.Major, job.Majors));
        Assert.DoesNotContain(scorer.Explain(college, job, [], []), r => r.Aspect == FitAspect.MajorGap);
        Assert.Equal(FitLevel.Partial, Assert.Single(scorer.Explain(college, job, [], []), r => r.Aspect == FitAspect.Major).Level);
        Assert.True(scorer.Score(college, job) > scorer.Score(college, english));
    }
}
