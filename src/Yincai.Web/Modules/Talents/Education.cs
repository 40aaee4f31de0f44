using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>One school on a talent's record: a Chinese university from the MOE list (by code) or a foreign school with its country.</summary>
public sealed class Education
{
    private Education() { }

    /// <param name="imported">Whether an officer's import brought it: a later import of the person replaces this one.</param>
    public Education(Guid talentId, EducationDetails details, bool imported = false)
    {
        Id = Ids.New();
        TalentId = talentId;
        IsImported = imported;
        Edit(details);
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }
    /// <summary>MOE 学校标识码; null for a school abroad.</summary>
    public string? SchoolCode { get; private set; }
    public string SchoolName { get; private set; } = "";
    /// <summary>Country of a school abroad (e.g. 英国); null for a Chinese school.</summary>
    public string? Country { get; private set; }
    public DegreeLevel Degree { get; private set; }
    /// <summary>Major code of the MOE catalog, or null when the major is not in it (foreign schools, graduate programmes).</summary>
    public string? MajorCode { get; private set; }
    public string MajorName { get; private set; } = "";
    public DateOnly GraduationDate { get; private set; }
    public bool IsImported { get; private set; }

    public bool IsOverseas => Country is not null;

    public EducationDetails Details => new(SchoolCode, SchoolName, Country, Degree, MajorCode, MajorName, GraduationDate);

    public void Edit(EducationDetails d) =>
        (SchoolCode, SchoolName, Country, Degree, MajorCode, MajorName, GraduationDate) =
        (d.SchoolCode, d.SchoolName, d.Country, d.Degree, d.MajorCode, d.MajorName, d.GraduationDate);
}

public sealed record EducationDetails(string? SchoolCode, string SchoolName, string? Country, DegreeLevel Degree,
    string? MajorCode, string MajorName, DateOnly GraduationDate);
