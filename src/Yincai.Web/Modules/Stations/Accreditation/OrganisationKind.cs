namespace Yincai.Modules.Stations.Accreditation;

/// <summary>What kind of organisation builds the station (企业、院校、机构、园区、公共服务窗口).</summary>
public enum OrganisationKind
{
    Company = 1,
    College = 2,
    Institution = 3,
    Park = 4,
    PublicWindow = 5,
}
