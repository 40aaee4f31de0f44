namespace Yincai.Modules.Ambassadors.Certificates;

public enum CertificateState
{
    Valid = 1,
    Expired = 2,
    Revoked = 3,
}
