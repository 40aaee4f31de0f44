using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Talents.Review;

/// <summary>A line of the officers' talent list: masked ID number only, never the cipher.</summary>
public sealed record TalentRow(Guid Id, string FullName, string IdNumberMasked, Gender? Gender, DateOnly? BirthDate, string RegionCode,
    DegreeLevel Degree, int? GraduationYear, string? MajorName, TalentCategory Categories, EmploymentStatus Employment);
