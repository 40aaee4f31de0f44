namespace Yincai.Modules.Jobs.Contracts;

/// <summary>How far a talent's own project (人才项目) has come, as investors and hosting regions ask.</summary>
public enum ProjectStage
{
    Idea = 1,
    Prototype = 2,
    Revenue = 3,
    Scaling = 4,
}
