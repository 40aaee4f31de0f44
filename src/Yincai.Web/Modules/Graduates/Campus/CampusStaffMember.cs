using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

public enum CampusStaffRole
{
    /// <summary>就业创业服务专员: staffs the campus station and is on the contact card (GRD-06).</summary>
    ServiceSpecialist = 1,
    /// <summary>职业指导师 (full- or part-time): counted against 1 per 300 students (GRD-07).</summary>
    CareerAdvisor = 2,
}

/// <summary>A person of the university's employment work: a station specialist or a career advisor, until they leave.</summary>
public sealed class CampusStaffMember : IRegionScoped
{
    private CampusStaffMember() { }

    public CampusStaffMember(Guid campusId, string regionCode, string fullName, CampusStaffRole role, bool fullTime, string? phone,
        string? certificate, DateOnly since)
    {
        Id = Ids.New();
        (CampusId, RegionCode, FullName, Role, FullTime, Phone, Certificate, Since) =
            (campusId, regionCode, fullName.Trim(), role, fullTime, string.IsNullOrWhiteSpace(phone) ? null : phone.Trim(),
                string.IsNullOrWhiteSpace(certificate) ? null : certificate.Trim(), since);
    }

    public Guid Id { get; private set; }
    public Guid CampusId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public CampusStaffRole Role { get; private set; }
    public bool FullTime { get; private set; }

    /// <summary>An office telephone graduates may call: on the contact card for specialists.</summary>
    public string? Phone { get; private set; }

    /// <summary>职业指导师 certificate number, where the advisor holds one.</summary>
    public string? Certificate { get; private set; }

    public DateOnly Since { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    public bool ServesOn(DateOnly day) => Since <= day && (LeftOn is null || day < LeftOn);

    public void Leave(DateOnly onDate) => LeftOn ??= onDate < Since ? Since : onDate;
}
