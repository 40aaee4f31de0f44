using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// One appointment of an ambassador: school, role and dates as they were then. An exit or a re-appointment (连选连聘)
/// ends the term with its date and reason; the terms are the ambassador's history and are never deleted.
/// </summary>
public sealed class AmbassadorTerm : IRegionScoped
{
    private AmbassadorTerm() { }

    public AmbassadorTerm(Guid ambassadorId, string regionCode, AmbassadorSchool school, DateOnly startedOn)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, StartedOn) = (ambassadorId, regionCode, startedOn);
        (SchoolCode, SchoolName, SchoolProvinceCode, Country) = (school.SchoolCode, school.SchoolName, school.SchoolProvinceCode, school.Country);
        (Role, Degree, IsPhd, ExpectedLeavingOn) = (school.Role, school.Degree, school.IsPhd, school.ExpectedLeavingOn);
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string? SchoolCode { get; private set; }
    public string SchoolName { get; private set; } = "";
    public string? SchoolProvinceCode { get; private set; }
    public string? Country { get; private set; }
    public AmbassadorRole Role { get; private set; }
    public DegreeLevel Degree { get; private set; }
    public bool IsPhd { get; private set; }
    public DateOnly ExpectedLeavingOn { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public ExitReason? EndReason { get; private set; }
    public string? EndNote { get; private set; }

    public void End(DateOnly on, ExitReason reason, string? note) => (EndedOn, EndReason, EndNote) = (on, reason, note);
}
