using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>A file an applicant uploaded for a condition (photos of the venue, the plan, the rules).</summary>
public sealed class StationEvidence : IRegionScoped
{
    private StationEvidence() { }

    public StationEvidence(Station station, string conditionKey, string fileName, string contentType, byte[] content, Guid uploadedBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, ConditionKey, FileName, ContentType, Content, UploadedBy, UploadedAtUtc) =
            (station.Id, station.RegionCode, conditionKey, fileName, contentType, content, uploadedBy, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string ConditionKey { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public Guid UploadedBy { get; private set; }
    public DateTime UploadedAtUtc { get; private set; }
}
