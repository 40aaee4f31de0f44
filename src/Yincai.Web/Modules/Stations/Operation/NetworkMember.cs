using Yincai.Platform;

namespace Yincai.Modules.Stations.Operation;

/// <summary>A talent who joined a home's networking platform (联谊交流, RET-08) and agreed to be found there by other members,
/// with their field and the projects they bring; leaving removes them.</summary>
public sealed class NetworkMember : IRegionScoped
{
    public const int MaxText = 300;

    private NetworkMember() { }

    public NetworkMember(Guid stationId, string regionCode, Guid talentUserId, string maskedName, string field, string? projects, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, TalentUserId, MaskedName, Field, Projects, JoinedAtUtc) = (stationId, regionCode, talentUserId, maskedName, field, projects, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public Guid TalentUserId { get; private set; }
    public string MaskedName { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string? Projects { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public void Change(string field, string? projects) => (Field, Projects) = (field, projects);
}
