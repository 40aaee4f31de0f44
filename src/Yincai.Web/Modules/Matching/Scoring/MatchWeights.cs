namespace Yincai.Modules.Matching.Scoring;

/// <summary>
/// How much each aspect of a person-job fit counts, out of 100 (configuration section <c>Matching:Weights</c>; the
/// defaults and their reasons are in the module's README.md). A fraction scores an aspect that is only partly met.
/// </summary>
public sealed class MatchWeights
{
    public float Region { get; set; } = 20;

    /// <summary>The occupation of the job against the positions the talent wants (期望职位).</summary>
    public float Occupation { get; set; } = 15;
    public float Industry { get; set; } = 5;
    public float JobType { get; set; } = 5;
    public float Degree { get; set; } = 15;
    public float Major { get; set; } = 15;
    public float Skills { get; set; } = 15;
    public float Salary { get; set; } = 5;
    public float Experience { get; set; } = 5;

    /// <summary>Added for a PhD and a job in a less developed area ("千名博士进企业", ENT-07).</summary>
    public float LessDevelopedPhdBonus { get; set; } = 8;

    /// <summary>An occupation of the same major group (大类) as one wanted, but not of the same 中类; a talent who named no position, or a job
    /// without an occupation, gets <see cref="OccupationOpen"/>: less than a position named and met, so that the talent
    /// who said what they want comes first for the job that offers it.</summary>
    public float SameOccupationGroup { get; set; } = 0.25f;

    /// <summary>A 小类 and the 中类 it belongs to (one side said only the 中类); two 小类 of the same 中类.</summary>
    public float OccupationWithin { get; set; } = 0.8f;
    public float SameOccupationMiddle { get; set; } = 0.5f;
    public float OccupationOpen { get; set; } = 0.5f;

    /// <summary>A wanted position whose own city is not the job's: its occupation counts this share.</summary>
    public float PositionElsewhere { get; set; } = 0.5f;

    /// <summary>The job type wished second, and third or later (the first counts whole).</summary>
    public float SecondJobType { get; set; } = 0.8f;
    public float LaterJobType { get; set; } = 0.6f;

    /// <summary>
    /// Hard gaps, taken off the total: what a job asks and the talent lacks, so that such a job is not offered as a good
    /// match whatever the place and industry say. Each year of experience short (up to <see cref="ExperienceGapMost"/>),
    /// a degree below the one asked, a major asked for that the talent's is unrelated to, and no skill in common (a
    /// similarity of the keywords below <see cref="SkillsGapBelow"/>).
    /// </summary>
    public float ExperienceGapPerYear { get; set; } = 8;
    public float ExperienceGapMost { get; set; } = 32;
    public float DegreeGap { get; set; } = 20;
    public float MajorGap { get; set; } = 10;
    public float SkillsGap { get; set; } = 20;
    public float SkillsGapBelow { get; set; } = 0.05f;

    /// <summary>From this score a match is called a good one (the lists mark it; the hand-judged cases hold it).</summary>
    public float GoodMatch { get; set; } = 60;

    /// <summary>A region in the same province as the one wished for.</summary>
    public float SameProvince { get; set; } = 0.4f;

    /// <summary>An industry of the same section (门类) as the one wished for.</summary>
    public float SameIndustrySection { get; set; } = 0.5f;

    /// <summary>A major of the same class (专业类), then of the same category (学科门类), as one asked for.</summary>
    public float SameMajorClass { get; set; } = 0.6f;
    public float SameMajorCategory { get; set; } = 0.3f;

    /// <summary>A job open to any major (专业不限): the talent qualifies, but a job asking for their own major is the
    /// better fit (专业对口).</summary>
    public float AnyMajor { get; set; } = 0.8f;

    /// <summary>
    /// Over-qualification (ENT-07, and everywhere): a degree one level above what the job is made for (a master for a
    /// bachelor's job), then two or more (a PhD for a job that asks none, 零工 or promotion work), keeps this share of
    /// the degree's points. A job that asks no degree is made for a bachelor at most. A PhD's best matches are then the
    /// jobs that want a PhD (R&amp;D posts, postdoctoral stations), not the ones that take anyone.
    /// </summary>
    public float OverQualifiedByOne { get; set; } = 0.6f;
    public float OverQualifiedByTwo { get; set; } = 0.2f;

    /// <summary>Pay offered at least this share of the pay asked for counts half.</summary>
    public float SalaryNear { get; set; } = 0.8f;

    /// <summary>Project matching (talents' projects, project demands, RET-06): out of 100 as well.</summary>
    public float ProjectRegion { get; set; } = 25;
    public float ProjectIndustry { get; set; } = 35;
    public float ProjectKeywords { get; set; } = 30;
    public float ProjectBudget { get; set; } = 10;

    public float JobTotal => Region + Occupation + Industry + JobType + Degree + Major + Skills + Salary + Experience;
}
