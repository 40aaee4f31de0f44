namespace Yincai.Modules.Talents.Contracts;

/// <summary>The groups the notices serve; a person may be in several. Disadvantaged groups are kept apart, encrypted.</summary>
[Flags]
public enum TalentCategory
{
    None = 0,
    /// <summary>在校生.</summary>
    Student = 1,
    /// <summary>毕业生 of the year on the record (see <c>GraduationYear</c>).</summary>
    Graduate = 2,
    /// <summary>离校未就业高校毕业生.</summary>
    UnemployedGraduate = 4,
    /// <summary>留学回国人员 (ENT-04).</summary>
    OverseasReturnee = 8,
    /// <summary>硕博人才: master's or doctoral student or graduate (ENT-03).</summary>
    PhdOrMaster = 16,
}
