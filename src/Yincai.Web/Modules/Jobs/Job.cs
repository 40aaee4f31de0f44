using Yincai.Modules.Talents.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>
/// A job posting, reviewed by the officer of the job's region (<see cref="Posting"/>); a published job closes itself
/// after its valid-until date (ENT-02, GRD-10).
/// </summary>
public sealed class Job : Posting, IRegionScoped, IFeedsChanges
{
    private Job() { }

    public Job(Guid employerId, JobDetails details, DateTime nowUtc)
    {
        Id = Ids.New();
        EmployerId = employerId;
        CreatedAtUtc = nowUtc;
        Apply(details);
    }

    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public JobType Type { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string IndustryCode { get; private set; } = "";

    /// <summary>A middle group (中类) of the national occupation classification, when the employer chose one.</summary>
    public string? OccupationCode { get; private set; }

    public int Headcount { get; private set; }
    public DegreeLevel MinDegree { get; private set; }

    /// <summary>Undergraduate major codes (<see cref="MajorCatalog"/>); empty means any major.</summary>
    public List<string> MajorCodes { get; private set; } = [];

    /// <summary>Years of work experience asked for; 0 means none.</summary>
    public int MinExperienceYears { get; private set; }

    public int SalaryMinYuan { get; private set; }
    public int SalaryMaxYuan { get; private set; }
    public List<string> Tags { get; private set; } = [];

    /// <summary>Title, description, employer and tags folded by <see cref="SearchTerms.Normalize"/>: the one column the
    /// job search matches, so a keyword costs one substring test per row whatever case or width was typed or stored.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>The distinct character bigrams of <see cref="SearchText"/> (<see cref="SearchTerms.Bigrams"/>): on PostgreSQL a GIN
    /// index on them finds the few jobs that can hold a two-character term, which pg_trgm cannot (migration SearchBigrams).</summary>
    public int[] SearchBigrams { get; private set; } = [];

    /// <summary>Edits go back through review: a published job that changes is unpublished until approved again.</summary>
    public Result Edit(JobDetails details)
    {
        var editable = BeginEdit();
        if (editable.IsError) return editable;
        Apply(details);
        return Result.Ok();
    }

    private void Apply(JobDetails d)
    {
        (EmployerName, Type, Title, Description, RegionCode, IndustryCode, Headcount, MinDegree, SalaryMinYuan, SalaryMaxYuan, ValidUntil) =
            (d.EmployerName, d.Type, d.Title, d.Description, d.RegionCode, d.IndustryCode, d.Headcount, d.MinDegree, d.SalaryMinYuan, d.SalaryMaxYuan, d.ValidUntil);
        (OccupationCode, MajorCodes, MinExperienceYears, Tags) =
            (d.OccupationCode, [.. d.MajorCodes ?? []], d.MinExperienceYears, [.. d.Tags ?? []]);
        SearchText = SearchTextOf(Title, Description, EmployerName, Tags);
        SearchBigrams = SearchTerms.Bigrams(SearchText);
    }

    /// <summary>The migration that added <see cref="SearchText"/> computes the same in SQL for the jobs already stored.</summary>
    public static string SearchTextOf(string title, string description, string employerName, IEnumerable<string> tags) =>
        SearchTerms.Normalize(string.Join(' ', new[] { title, description, employerName }.Concat(tags)));
}
