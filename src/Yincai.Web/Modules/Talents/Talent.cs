using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>
/// A person in the talent pool (人才库). One person, one record: the resident ID number is unique through its
/// blind index. The number itself is stored encrypted and shown masked; the region is that of household
/// registration (户籍), which decides which officers serve the person.
/// </summary>
public sealed class Talent : IRegionScoped
{
    private Talent() { }

    public Talent(Guid? userId, string fullName, ProtectedIdNumber idNumber, string householdRegionCode, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        CreatedAtUtc = nowUtc;
        Update(fullName, idNumber, householdRegionCode, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid? UserId { get; private set; }
    public string FullName { get; private set; } = "";
    public string IdNumberCipher { get; private set; } = "";
    public string IdNumberIndex { get; private set; } = "";
    public string IdNumberMasked { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }

    /// <summary>Household registration (户籍) region: the scope of the officers who serve this person.</summary>
    public string RegionCode { get; private set; } = "";

    public EmploymentStatus Employment { get; private set; }
    public string? EmployerName { get; private set; }
    public DateTime? EmploymentChangedAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Update(string fullName, ProtectedIdNumber idNumber, string householdRegionCode, DateTime nowUtc)
    {
        (FullName, RegionCode, UpdatedAtUtc) = (fullName, householdRegionCode, nowUtc);
        (IdNumberCipher, IdNumberIndex, IdNumberMasked, Gender, BirthDate) =
            (idNumber.Cipher, idNumber.Index, idNumber.Masked, idNumber.Gender, idNumber.BirthDate);
        Version++;
    }

    public void RecordEmployment(EmploymentStatus status, string? employerName, DateTime nowUtc)
    {
        (Employment, EmployerName, EmploymentChangedAtUtc) = (status, employerName, nowUtc);
        Version++;
    }

    /// <summary>Name as shown on lists: 张*明 (SECURITY.md §2).</summary>
    public static string MaskName(string name) => name.Length switch
    {
        <= 1 => name,
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };
}
