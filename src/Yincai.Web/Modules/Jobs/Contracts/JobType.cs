namespace Yincai.Modules.Jobs.Contracts;

public enum JobType
{
    FullTime = 1,
    /// <summary>见习: subsidised traineeship for graduates.</summary>
    Internship = 2,
    /// <summary>零工 / 灵活就业: short, casual or part-time work (GRD-10).</summary>
    PartTime = 3,
    ResearchAssistant = 4,
}
