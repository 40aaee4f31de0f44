namespace Yincai.Modules.Employers.Contracts;

/// <summary>Ownership categories as the HR departments' forms use them.</summary>
public enum OwnershipType
{
    StateOwned = 1,
    Collective = 2,
    Private = 3,
    ForeignInvested = 4,
    HongKongMacaoTaiwan = 5,
    PublicInstitution = 6,
    SocialOrganisation = 7,
    Other = 9,
}
