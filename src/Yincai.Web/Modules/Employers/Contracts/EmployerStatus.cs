namespace Yincai.Modules.Employers.Contracts;

public enum EmployerStatus
{
    /// <summary>Registered or changed by the employer; the region's officer has not verified it yet.</summary>
    Pending = 1,
    Verified = 2,
    Rejected = 3,
}
