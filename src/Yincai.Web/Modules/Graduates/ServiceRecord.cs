using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>One service to a graduate (GRD-02) or a contact (GRD-03): what, how, when, with what outcome, by whom. Jobs
/// recommended are named by id, so the graduate's page links them.</summary>
public sealed class ServiceRecord : IRegionScoped
{
    private ServiceRecord() { }

    public ServiceRecord(Graduate graduate, ServiceKind kind, ServiceChannel channel, DateOnly onDate, string outcome, IEnumerable<Guid> jobIds,
        Guid? officerId, DateTime nowUtc)
    {
        Id = Ids.New();
        (GraduateId, RegionCode, Kind, Channel, OnDate, Outcome, OfficerId, RecordedAtUtc) =
            (graduate.Id, graduate.RegionCode, kind, channel, onDate, outcome.Trim(), officerId, nowUtc);
        JobIds = jobIds.Distinct().ToList();
    }

    public Guid Id { get; private set; }
    public Guid GraduateId { get; private set; }
    /// <summary>The graduate's county when recorded, so that the service counts where it was given.</summary>
    public string RegionCode { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public ServiceChannel Channel { get; private set; }
    public DateOnly OnDate { get; private set; }
    public string Outcome { get; private set; } = "";
    public List<Guid> JobIds { get; private set; } = [];
    public Guid? OfficerId { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }

    public bool IsTargeted => Kind != ServiceKind.Contact;
}
