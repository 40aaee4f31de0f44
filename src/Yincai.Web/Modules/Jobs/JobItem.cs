using System.Linq.Expressions;
using System.Text.Json.Serialization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>A job as lists show it and the API returns it: without its description and search columns, which a list page
/// never shows (read by <see cref="Projection"/>, not as whole rows).</summary>
public sealed record JobItem(Guid Id, string Title, string EmployerName, [property: JsonConverter(typeof(JsonStringEnumConverter<JobType>))] JobType Type,
    string RegionCode, string IndustryCode, string? OccupationCode, int Headcount,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DegreeLevel>))] DegreeLevel MinDegree, int MinExperienceYears,
    int SalaryMinYuan, int SalaryMaxYuan, IReadOnlyList<string> MajorCodes, IReadOnlyList<string> Tags, DateOnly ValidUntil, DateTime? PublishedAtUtc)
{
    /// <summary>The columns a list reads, for a query's Select.</summary>
    public static readonly Expression<Func<Job, JobItem>> Projection = j => new JobItem(j.Id, j.Title, j.EmployerName, j.Type, j.RegionCode,
        j.IndustryCode, j.OccupationCode, j.Headcount, j.MinDegree, j.MinExperienceYears, j.SalaryMinYuan, j.SalaryMaxYuan, j.MajorCodes, j.Tags,
        j.ValidUntil, j.PublishedAtUtc);

    private static readonly Func<Job, JobItem> Map = Projection.Compile();

    public static JobItem Of(Job job) => Map(job);
}
