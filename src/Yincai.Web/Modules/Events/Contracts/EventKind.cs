namespace Yincai.Modules.Events.Contracts;

public enum EventKind
{
    /// <summary>综合性招聘会: monthly by city and county offices (GRD-04).</summary>
    ComprehensiveJobFair = 1,
    /// <summary>专场招聘会: weekly by city and county offices (GRD-04).</summary>
    SpecialJobFair = 2,
    Exchange = 3,
    Roadshow = 4,
    Briefing = 5,
    Forum = 6,
    Lecture = 7,
    Training = 8,
    HomeVisit = 9,
    /// <summary>职业指导公开课、直播课: a university's career class for its graduating students (GRD-07).</summary>
    CareerClass = 10,
    Other = 99,
}
