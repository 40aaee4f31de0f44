namespace Yincai.Platform;

/// <summary>The menus of the workspace navigation, one per programme area, so that officers' 20-odd entries fit one
/// line at 1366 px. An entry of no group stands on its own; a group with one visible entry shows as that entry.</summary>
public enum NavigationGroup
{
    None = 0,

    /// <summary>人才与单位: talents, deletion requests, PhDs, employers, and the talent stations and homes (their reviews, plans,
    /// rewards and programs).</summary>
    People = 1,

    /// <summary>岗位与项目: jobs, project demands, talents' projects and their reviews.</summary>
    Postings = 2,

    /// <summary>活动</summary>
    Events = 3,

    /// <summary>青年人才大使</summary>
    Ambassadors = 4,

    /// <summary>补贴: claims to review, payment batches, policy finds people, the benefits and their rules.</summary>
    Benefits = 6,

    /// <summary>我的站点: a station operator's station, its services, event plan, lodging and rewards.</summary>
    Stations = 7,

    /// <summary>系统: reports, offices, imports, accounts, security, audit.</summary>
    System = 5,
}
