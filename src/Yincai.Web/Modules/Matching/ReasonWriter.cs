using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching;

/// <summary>Puts the scorer's reasons into the reader's language, naming regions, industries, majors and degrees.</summary>
public sealed class ReasonWriter(IStringLocalizer<MatchingResource> text, IndustryCatalog industries, MajorCatalog majors,
    OccupationCatalog occupations)
{
    /// <summary>Region codes the reasons mention, to look their names up in one query.</summary>
    public static IEnumerable<string> RegionCodes(IEnumerable<FitReason> reasons) =>
        reasons.Where(r => r.Aspect is FitAspect.Region or FitAspect.LessDevelopedPhd).SelectMany(r => r.Detail.Take(1));

    public IReadOnlyList<MatchReason> Write(IEnumerable<FitReason> reasons, IReadOnlyDictionary<string, string> regionNames) =>
        reasons.Select(r => new MatchReason(r.Aspect, r.Level, MathF.Round(r.Points, 1), Sentence(r, regionNames))).ToList();

    private string Sentence(FitReason r, IReadOnlyDictionary<string, string> regionNames)
    {
        var key = $"Reason_{r.Aspect}_{r.Level}";
        string D(int i) => i < r.Detail.Count ? r.Detail[i] : "";
        return r.Aspect switch
        {
            FitAspect.Region or FitAspect.LessDevelopedPhd => text[key, regionNames.GetValueOrDefault(D(0), D(0))],
            FitAspect.Industry => text[key, IndustryName(D(0)), SectionName(D(0))],
            FitAspect.JobType => text[key, text["JobType_" + D(0)]],
            FitAspect.Degree => text[key, text["Degree_" + D(0)], text["Degree_" + D(1)]],
            FitAspect.Major => text[key, MajorName(D(0)), MajorName(D(1)), Relation(D(0), D(1))],
            FitAspect.Skills or FitAspect.Keywords => text[key, string.Join("、", r.Detail)],
            FitAspect.Salary => text[key, D(0), D(1), D(2)],
            FitAspect.Experience => text[key, D(0)],
            FitAspect.Occupation => text[key, occupations.Find(D(0))?.Name ?? D(0)],
            FitAspect.ExperienceGap => text[key, D(0), D(1)],
            FitAspect.DegreeGap => text[key, text["Degree_" + D(0)], text["Degree_" + D(1)]],
            FitAspect.Budget => text[key, D(0), D(1)],
            _ => text[key],
        };
    }

    private string IndustryName(string division) => industries.Find(division)?.Name ?? division;

    private string SectionName(string division) =>
        industries.Find(division) is { } d && industries.Find(d.Section) is { } s ? s.Name : "";

    /// <summary>A major's name; a 专科 or graduate major compared as its nearest undergraduate class ("080900") is named by the class.</summary>
    private string MajorName(string code) => majors.Find(code)?.Name ?? (code.Length == 6 ? majors.ClassName(code[..4]) : null) ?? code;

    /// <summary>What two related majors share: their class (专业类) or their category (学科门类).</summary>
    private string Relation(string a, string b)
    {
        if (a.Length == 6 && b.Length == 6 && a[..4] == b[..4] && (majors.Find(a) is null || majors.Find(b) is null))
            return majors.ClassName(a[..4]) ?? "";
        if (majors.Find(a) is not { } x || majors.Find(b) is not { } y) return "";
        return x.ClassCode == y.ClassCode ? x.ClassName : x.CategoryCode == y.CategoryCode ? x.CategoryName : "";
    }
}
