using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>
/// A person in the talent pool (人才库). One person, one record: the resident ID number is unique through its
/// blind index. The number itself is stored encrypted and shown masked; the region is that of household
/// registration (户籍), which decides which officers serve the person; officers of the native place (籍贯) may read it.
/// </summary>
public sealed class Talent : INativePlaceScoped, IFeedsChanges
{
    private Talent() { }

    public Talent(Guid? userId, string fullName, ProtectedIdNumber idNumber, string householdRegionCode, DateTime nowUtc)
    {
        Id = Ids.New();
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
    // Both follow from the ID number; null only once the person is erased.
    public Gender? Gender { get; private set; }
    public DateOnly? BirthDate { get; private set; }

    /// <summary>Household registration (户籍) region: the scope of the officers who serve this person.</summary>
    public string RegionCode { get; private set; } = "";

    // The contact mobile is a protected field like the ID number: encrypted, with a blind index and a mask.
    public string? MobileCipher { get; private set; }
    public string? MobileIndex { get; private set; }
    public string? MobileMasked { get; private set; }
    /// <summary>籍贯: the region the family comes from (ENT-03 counts the province's natives studying anywhere).</summary>
    public string? NativePlaceCode { get; private set; }
    /// <summary>Where the person lives or studies now.</summary>
    public string? CurrentRegionCode { get; private set; }
    public TalentCategory Categories { get; private set; }

    // The highest education, copied from the education list so that officers' filters need no join at a million rows.
    public DegreeLevel HighestDegree { get; private set; }
    public int? GraduationYear { get; private set; }
    public string? SchoolName { get; private set; }
    public string? MajorCode { get; private set; }
    public string? MajorName { get; private set; }

    // Job intention (求职意向).
    public List<string> IntendedRegionCodes { get; private set; } = [];
    public List<string> IntendedIndustryCodes { get; private set; } = [];
    /// <summary>Most wanted first: the order is a preference (matching counts a second choice less than a first).</summary>
    public List<JobType> IntendedJobTypes { get; private set; } = [];
    /// <summary>期望职位, most wanted first (at most <see cref="IntendedPosition.Max"/>).</summary>
    public List<IntendedPosition> IntendedPositions { get; private set; } = [];
    public int? SalaryMinYuan { get; private set; }
    public int? SalaryMaxYuan { get; private set; }
    public List<string> Skills { get; private set; } = [];

    /// <summary>Skills, major and school folded by <see cref="SearchTerms.Normalize"/>: the one column the talent searches
    /// match (找人才, the employers' search), with a trigram index on PostgreSQL (migration TalentSearchText).</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The distinct character bigrams of <see cref="SearchText"/> (<see cref="SearchTerms.Bigrams"/>), GIN-indexed on
    /// PostgreSQL: a two-character term (a skill such as 焊工) has no trigram.</summary>
    public int[] SearchBigrams { get; private set; } = [];

    /// <summary>The <see cref="DisadvantagedGroup"/> flags, encrypted; "none" is encrypted too, so the column tells nothing.</summary>
    public string DisadvantagedCipher { get; private set; } = "";

    // The current answers; the history is in talents_consent.
    public bool SharesWithEmployers { get; private set; }
    public bool SharesWithStations { get; private set; }

    /// <summary>Set when a deletion request was carried out: the personal data is gone, statistics keep the id.</summary>
    public bool IsErased { get; private set; }

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

    /// <summary>What a person may say of themselves; Graduate and PhdOrMaster follow from the education list only.</summary>
    public const TalentCategory DeclarableCategories =
        TalentCategory.Student | TalentCategory.UnemployedGraduate | TalentCategory.OverseasReturnee;

    /// <summary>Replaces the declared categories; those the education list implies stay as they are.</summary>
    public void UpdatePersonal(ProtectedMobile? mobile, string? nativePlaceCode, string? currentRegionCode, TalentCategory categories,
        DateTime nowUtc)
    {
        (MobileCipher, MobileIndex, MobileMasked) = (mobile?.Cipher, mobile?.Index, mobile?.Masked);
        (NativePlaceCode, CurrentRegionCode, UpdatedAtUtc) = (nativePlaceCode, currentRegionCode, nowUtc);
        Categories = WithoutContradiction((categories & DeclarableCategories) | (Categories & ~DeclarableCategories), Employment);
        Version++;
    }

    /// <summary>An officer's correction of the ID number. The talent cannot change it once saved: one person, one
    /// record, so a different number is a different person unless an officer has checked the card.</summary>
    public void CorrectIdNumber(ProtectedIdNumber idNumber, DateTime nowUtc)
    {
        (IdNumberCipher, IdNumberIndex, IdNumberMasked, Gender, BirthDate) =
            (idNumber.Cipher, idNumber.Index, idNumber.Masked, idNumber.Gender, idNumber.BirthDate);
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    /// <summary>An officer's correction of the name or household region; the ID number on file stays.</summary>
    public void CorrectIdentity(string fullName, string householdRegionCode, DateTime nowUtc)
    {
        (FullName, RegionCode, UpdatedAtUtc) = (fullName, householdRegionCode, nowUtc);
        Version++;
    }

    public void SetIntention(IEnumerable<string> regionCodes, IEnumerable<string> industryCodes, IEnumerable<JobType> jobTypes,
        int? salaryMinYuan, int? salaryMaxYuan, IEnumerable<string> skills, DateTime nowUtc)
    {
        IntendedRegionCodes = regionCodes.Distinct().ToList();
        IntendedIndustryCodes = industryCodes.Distinct().ToList();
        IntendedJobTypes = jobTypes.Distinct().ToList();
        (SalaryMinYuan, SalaryMaxYuan) = (salaryMinYuan, salaryMaxYuan);
        Skills = skills.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Reindex();
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    /// <summary>The positions wanted, in order of preference; one occupation once.</summary>
    public void SetPositions(IEnumerable<IntendedPosition> positions, DateTime nowUtc)
    {
        IntendedPositions = positions.DistinctBy(p => p.OccupationCode).Take(IntendedPosition.Max)
            .Select(p => p with { Title = string.IsNullOrWhiteSpace(p.Title) ? null : p.Title.Trim() }).ToList();
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public void SetDisadvantaged(string cipher)
    {
        DisadvantagedCipher = cipher;
        Version++;
    }

    /// <summary>
    /// Copies the highest education onto the record and sets the categories it implies: Graduate when the highest
    /// education is finished, PhdOrMaster from the degree. A school still attended adds Student and a school abroad
    /// adds OverseasReturnee; the person may untick those two, as they are declarable.
    /// </summary>
    public void SummariseEducation(IEnumerable<Education> educations, DateOnly today)
    {
        var list = educations.ToList();
        var top = list.OrderByDescending(e => e.Degree).ThenByDescending(e => e.GraduationDate).FirstOrDefault();
        (HighestDegree, GraduationYear, SchoolName, MajorCode, MajorName) = top is null
            ? (DegreeLevel.None, null, null, null, null)
            : (top.Degree, (int?)top.GraduationDate.Year, top.SchoolName, top.MajorCode, top.MajorName);
        Reindex();
        var implied = TalentCategory.None;
        if (top is not null && top.GraduationDate <= today) implied |= TalentCategory.Graduate;
        if (list.Any(e => e.GraduationDate > today)) implied |= TalentCategory.Student;
        if (list.Any(e => e.IsOverseas)) implied |= TalentCategory.OverseasReturnee;
        if (HighestDegree >= DegreeLevel.Master) implied |= TalentCategory.PhdOrMaster;
        Categories = (Categories & DeclarableCategories) | implied;
        Version++;
    }

    public void RecordConsent(ConsentPurpose purpose, bool granted)
    {
        if (purpose == ConsentPurpose.ShareWithEmployers) SharesWithEmployers = granted;
        else SharesWithStations = granted;
        Version++;
    }

    /// <summary>Removes the personal data and keeps the id, so that counted hires and applications still add up: what is left
    /// (household region, degree, graduation year, categories, employment status) counts people, it does not name one.</summary>
    public void Erase(DateTime nowUtc)
    {
        (FullName, IdNumberCipher, IdNumberIndex, IdNumberMasked) = ("", "", "erased:" + Id.ToString("N"), "");
        (MobileCipher, MobileIndex, MobileMasked) = (null, null, null);
        (NativePlaceCode, CurrentRegionCode, SchoolName, MajorCode, MajorName, EmployerName) = (null, null, null, null, null, null);
        (IntendedRegionCodes, IntendedIndustryCodes, IntendedJobTypes, Skills) = ([], [], [], []);
        (SalaryMinYuan, SalaryMaxYuan, DisadvantagedCipher, UserId) = (null, null, "", null);
        (Gender, BirthDate) = (null, null);
        (SharesWithEmployers, SharesWithStations, IsErased, UpdatedAtUtc) = (false, false, true, nowUtc);
        Reindex();
        Version++;
    }

    /// <summary>
    /// A change of employment status. Employed ends "unemployed graduate" (离校未就业, GRD-01): the real-name list of
    /// unemployed graduates must not keep those who found work, whether by a hire here, an officer or an import.
    /// </summary>
    public void RecordEmployment(EmploymentStatus status, string? employerName, DateTime nowUtc)
    {
        (Employment, EmployerName, EmploymentChangedAtUtc, UpdatedAtUtc) = (status, employerName, nowUtc, nowUtc);
        Categories = WithoutContradiction(Categories, status);
        Version++;
    }

    /// <summary>In or out of a county's real-name database of unemployed graduates (GRD-01): the category follows it.</summary>
    public void MarkUnemployedGraduate(bool unemployed, DateTime nowUtc)
    {
        var categories = unemployed ? Categories | TalentCategory.UnemployedGraduate : Categories & ~TalentCategory.UnemployedGraduate;
        if (categories == Categories) return;
        (Categories, UpdatedAtUtc) = (categories, nowUtc);
        Version++;
    }

    private static TalentCategory WithoutContradiction(TalentCategory categories, EmploymentStatus employment) =>
        employment == EmploymentStatus.Employed ? categories & ~TalentCategory.UnemployedGraduate : categories;

    /// <summary>Name as shown on lists: 张*明 (SECURITY.md §2).</summary>
    public static string MaskName(string name) => name.Length switch
    {
        <= 1 => name,
        2 => name[0] + "*",
        _ => name[0] + new string('*', name.Length - 2) + name[^1],
    };

    private void Reindex()
    {
        SearchText = SearchTextOf(Skills, MajorName, SchoolName);
        SearchBigrams = SearchTerms.Bigrams(SearchText);
    }

    /// <summary>The migration TalentSearchText computes the same in SQL for the talents already stored.</summary>
    public static string SearchTextOf(IEnumerable<string> skills, string? majorName, string? schoolName) =>
        SearchTerms.Normalize(string.Join(' ', skills.Append(majorName ?? "").Append(schoolName ?? "")));
}
