namespace Yincai.Modules.Stations.Accreditation;

/// <summary>What an applicant fills in, checked for shape: the station's profile, contact and services, and the answers.</summary>
public sealed record StationDetails(
    string Name,
    string OrganisationName,
    OrganisationKind OrganisationKind,
    string TypeKey,
    string RegionCode,
    string Address,
    string ContactName,
    string ContactPhone,
    string Introduction,
    IReadOnlyList<string> Services,
    StationContent Content);
