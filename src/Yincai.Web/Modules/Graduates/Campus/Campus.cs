using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>
/// A university's side of the graduates' work (GRD-06, GRD-07): its campus employment service station (就业创业服务站) and the
/// contact card (就业服务联系卡) it hands graduates, its head count of students against which career advisors are counted. One per
/// university of the MOE list, in the region of the university's city, whose officers confirm who acts for it.
/// </summary>
public sealed class Campus : IRegionScoped
{
    private Campus() { }

    public Campus(string universityCode, string name, string regionCode, DateTime nowUtc)
    {
        Id = Ids.New();
        (UniversityCode, Name, RegionCode, UpdatedAtUtc) = (universityCode, name, regionCode, nowUtc);
    }

    public Guid Id { get; private set; }

    /// <summary>The MOE code (学校标识码) of the university.</summary>
    public string UniversityCode { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>The university's city (or its province, for one the list places in no city).</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>在校生数: students enrolled, against which GRD-07's 1 career advisor per 300 is counted; null until the university says.</summary>
    public int? StudentCount { get; private set; }

    public string? StationName { get; private set; }
    public string? StationAddress { get; private set; }
    public string? StationPhone { get; private set; }
    public string? StationHours { get; private set; }

    /// <summary>The services the station offers graduates (清单服务), one per line, printed on the contact card.</summary>
    public string? ServiceList { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    /// <summary>The station has what the card needs: a name, an address and a telephone.</summary>
    public bool HasStation => StationName is not null && StationAddress is not null && StationPhone is not null;

    public void Update(CampusStation station, DateTime nowUtc)
    {
        (StudentCount, StationName, StationAddress, StationPhone, StationHours, ServiceList) =
            (station.StudentCount, Clean(station.StationName), Clean(station.StationAddress), Clean(station.StationPhone), Clean(station.StationHours),
                Clean(station.ServiceList));
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What a university keeps about its campus and station.</summary>
public sealed record CampusStation(int? StudentCount, string? StationName, string? StationAddress, string? StationPhone, string? StationHours,
    string? ServiceList);
