using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Api;

namespace Yincai.Modules.Jobs;

/// <summary>
/// /api/v1/jobs: the public job search and a job's page for apps and partners; a talent's applications; and the employer's side
/// (its jobs, saving and sending one for review, the applications and moving them on), for a member signed in with
/// <c>/api/v1/auth/token</c> or the employer's own API key (scopes <c>jobs.read</c>, <c>jobs.write</c>, <c>applications.read</c>).
/// Review stays the officers' and is not here.
/// </summary>
public static class JobsEndpoints
{
    public const int PageSize = 20;

    public static void Map(IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/v1/jobs").WithTags("Jobs");
        jobs.MapGet("/", Search).AllowAnonymous();
        jobs.MapGet("/{id:guid}", Get).AllowAnonymous();
        jobs.MapPost("/{id:guid}/applications", Apply).RequireAuthorization(AccessPolicies.Talent);

        app.MapGet("/api/v1/applications/me", MyApplications).WithTags("Jobs").RequireAuthorization(AccessPolicies.Talent);

        var employer = app.MapGroup("/api/v1/employer").WithTags("Employer jobs").RequireRateLimiting(OrganisationTokens.RateLimitPolicy)
            .RequireAuthorization(JobsModule.EmployerApiPolicy).AcceptOrganisationTokens();
        employer.MapGet("/jobs", OwnJobs);
        employer.MapPost("/jobs", Create);
        employer.MapPut("/jobs/{id:guid}", Update);
        employer.MapGet("/jobs/{id:guid}/applications", Applications);
        employer.MapPut("/applications/{id:guid}/status", Move);
    }

    public sealed record JobPage(IReadOnlyList<JobItem> Items, int Page, int PageSize, int Total, bool TotalIsCapped);

    public sealed record JobAnswer(JobItem Job, string Description);

    /// <summary>Open jobs holding every keyword of <paramref name="q"/> (title, description, employer, tags), in a region (a code or its
    /// prefix: 37 for the province), of an occupation (a 中类 takes in its 小类), asking at most <paramref name="experience"/> years;
    /// newest first, best paid first or most relevant first (<paramref name="sort"/>); 20 a page, counted to 1,000.</summary>
    private static async Task<Ok<JobPage>> Search(string? q, string? region, string? industry, JobType? type, string? occupation, int? experience,
        JobSort? sort, int? page, JobPostings postings, CancellationToken cancellationToken)
    {
        var filter = new Search.JobListFilter(type, RegionScope.FilterPrefix(region), industry, Sort: sort ?? JobSort.Newest,
            OccupationCode: string.IsNullOrWhiteSpace(occupation) ? null : occupation.Trim(), MaxExperience: experience is >= 0 and <= 50 ? experience : null);
        var found = await postings.SearchAsync(SearchTerms.Parse(q), filter, page ?? 1, PageSize, cancellationToken);
        return TypedResults.Ok(new JobPage(found.Items, found.Page, found.PageSize, found.Total, found.TotalIsCapped));
    }

    private static async Task<Results<Ok<JobAnswer>, NotFound>> Get(Guid id, JobPostings postings, CancellationToken cancellationToken) =>
        await postings.Open().FirstOrDefaultAsync(j => j.Id == id, cancellationToken) is { } job
            ? TypedResults.Ok(new JobAnswer(JobItem.Of(job), job.Description))
            : TypedResults.NotFound();

    /// <summary>The résumé to send: one of the talent's (<c>GET /api/v1/talents/me</c> lists them); <c>{}</c> when they have none.</summary>
    public sealed record ApplyRequest(Guid? ResumeId)
    {
        public static ApplyRequest Example { get; } = new(Guid.Parse("0193a2b4-7c1d-7e00-8000-000000000001"));
    }

    public sealed record ApplicationItem(Guid Id, Guid JobId, string JobTitle,
        [property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))] ApplicationStatus Status, DateTime CreatedAtUtc, DateTime UpdatedAtUtc)
    {
        public static ApplicationItem Of(JobApplication a) => new(a.Id, a.JobId, a.JobTitle, a.Status, a.CreatedAtUtc, a.UpdatedAtUtc);
    }

    private static async Task<Results<Created<ApplicationItem>, NotFound, ProblemHttpResult, ValidationProblem>> Apply(Guid id, ApplyRequest request,
        JobApplications applications, CurrentUser user, CancellationToken cancellationToken)
    {
        var result = await applications.ApplyAsync(user.Id!.Value, id, request.ResumeId, null, cancellationToken);
        if (result.Error?.Code == JobErrors.NotOpen.Code) return TypedResults.NotFound();
        if (result.IsError) return Problem(result.Error!);
        return TypedResults.Created("/api/v1/applications/me", ApplicationItem.Of(result.Value!));
    }

    private static async Task<Ok<List<ApplicationItem>>> MyApplications(JobApplications applications, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok((await applications.OfTalentUserAsync(user.Id!.Value, cancellationToken)).Select(ApplicationItem.Of).ToList());

    public sealed record OwnJobItem(JobItem Job, [property: JsonConverter(typeof(JsonStringEnumConverter<JobStatus>))] JobStatus Status, string? ReviewNote,
        DateTime CreatedAtUtc);

    private static async Task<Results<Ok<List<OwnJobItem>>, ForbidHttpResult>> OwnJobs(HttpContext context, EmployerDirectory employers, CurrentUser user,
        JobPostings postings, CancellationToken cancellationToken)
    {
        if (await ActingAsync(context, employers, user, TokenScopes.JobsRead, cancellationToken) is not { } employer) return TypedResults.Forbid();
        return TypedResults.Ok((await postings.OfEmployerAsync(employer.Id, cancellationToken))
            .Select(j => new OwnJobItem(JobItem.Of(j), j.Status, j.ReviewNote, j.CreatedAtUtc)).ToList());
    }

    /// <summary>A job as the employer writes it: <see cref="JobForm"/>'s fields; <c>submit</c> sends it for review at once (else a draft).
    /// Majors and tags are lists separated by 、 , ; or spaces.</summary>
    public sealed class JobRequest : JobForm
    {
        public bool Submit { get; set; }

        public static JobRequest Example { get; } = new()
        {
            Type = JobType.FullTime, Title = "Java 开发工程师", Description = "负责政务服务平台后端开发，参与需求分析与代码评审。", RegionCode = "370102",
            OccupationCode = "2-02", Headcount = 3, MinDegree = DegreeLevel.Bachelor, Majors = "计算机科学与技术、软件工程", MinExperienceYears = 1,
            SalaryMinYuan = 8000, SalaryMaxYuan = 15000, Tags = "五险一金、双休", ValidUntil = new DateOnly(2027, 3, 31), Submit = true,
        };
    }

    private static Task<Results<Created<OwnJobItem>, Ok<OwnJobItem>, ValidationProblem, ProblemHttpResult, ForbidHttpResult, NotFound>> Create(
        JobRequest request, HttpContext context, EmployerDirectory employers, CurrentUser user, JobPostings postings, MatchablePostings matchable,
        IStringLocalizerFactory localizers, CancellationToken cancellationToken) =>
        SaveAsync(null, request, context, employers, user, postings, matchable, localizers, cancellationToken);

    /// <summary>Edits a draft or a rejected job (a published one is closed and posted anew).</summary>
    private static Task<Results<Created<OwnJobItem>, Ok<OwnJobItem>, ValidationProblem, ProblemHttpResult, ForbidHttpResult, NotFound>> Update(Guid id,
        JobRequest request, HttpContext context, EmployerDirectory employers, CurrentUser user, JobPostings postings, MatchablePostings matchable,
        IStringLocalizerFactory localizers, CancellationToken cancellationToken) =>
        SaveAsync(id, request, context, employers, user, postings, matchable, localizers, cancellationToken);

    private static async Task<Results<Created<OwnJobItem>, Ok<OwnJobItem>, ValidationProblem, ProblemHttpResult, ForbidHttpResult, NotFound>> SaveAsync(
        Guid? id, JobRequest request, HttpContext context, EmployerDirectory employers, CurrentUser user, JobPostings postings,
        MatchablePostings matchable, IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        if (await ActingAsync(context, employers, user, TokenScopes.JobsWrite, cancellationToken) is not { } employer) return TypedResults.Forbid();
        if (ApiValidation.Check(request, localizers) is { } invalid) return invalid;
        if (id is { } existing && !await matchable.IsEmployersJobAsync(existing, employer.Id, cancellationToken)) return TypedResults.NotFound();
        var saved = await postings.SaveAsync(employer, id, request, request.Submit, cancellationToken);
        if (saved.IsError) return saved.Error!.Field is null ? Problem(saved.Error) : ApiProblems.Invalid(saved.Error);
        var job = saved.Value!;
        var item = new OwnJobItem(JobItem.Of(job), job.Status, job.ReviewNote, job.CreatedAtUtc);
        return id is null ? TypedResults.Created($"/api/v1/employer/jobs/{job.Id}", item) : TypedResults.Ok(item);
    }

    public sealed record ApplicantItem(Guid Id, Guid JobId, string TalentName, string? ResumeTitle, string? ResumeText,
        [property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))] ApplicationStatus Status, DateTime CreatedAtUtc, DateTime UpdatedAtUtc);

    private static async Task<Results<Ok<List<ApplicantItem>>, ForbidHttpResult>> Applications(Guid id, HttpContext context, EmployerDirectory employers,
        CurrentUser user, JobApplications applications, CancellationToken cancellationToken)
    {
        if (await ActingAsync(context, employers, user, TokenScopes.ApplicationsRead, cancellationToken) is not { } employer) return TypedResults.Forbid();
        return TypedResults.Ok((await applications.OfJobAsync(employer.Id, id, cancellationToken))
            .Select(a => new ApplicantItem(a.Id, a.JobId, a.TalentName, a.ResumeTitle, a.ResumeText, a.Status, a.CreatedAtUtc, a.UpdatedAtUtc)).ToList());
    }

    /// <summary>The next step of an application: Viewed, Interview, Offer, Hired or Rejected.</summary>
    public sealed record MoveRequest([property: JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))] ApplicationStatus Status)
    {
        public static MoveRequest Example { get; } = new(ApplicationStatus.Interview);
    }

    /// <remarks>A person's step: a member signed in with their account, never an API key (the talent is told who moved it).</remarks>
    private static async Task<Results<Ok<ApplicationItem>, ProblemHttpResult, ForbidHttpResult>> Move(Guid id, MoveRequest request, HttpContext context,
        JobApplications applications, CurrentUser user, CancellationToken cancellationToken)
    {
        if (OrganisationPrincipal.Presents(context) || user.Id is not { } userId) return TypedResults.Forbid();
        var moved = await applications.MoveAsync(userId, id, request.Status, cancellationToken);
        return moved.IsError ? Problem(moved.Error!) : TypedResults.Ok(ApplicationItem.Of(moved.Value!));
    }

    /// <summary>The employer the request acts for: its API key's (with <paramref name="scope"/>), or the signed-in member's.</summary>
    private static async Task<EmployerCard?> ActingAsync(HttpContext context, EmployerDirectory employers, CurrentUser user, string scope,
        CancellationToken cancellationToken)
    {
        if (context.User.FindFirst(OrganisationPrincipal.OrganisationKindClaim) is not null)
            return OrganisationPrincipal.OrganisationOf(context.User, OrganisationKinds.Employer, scope) is { } code && Guid.TryParse(code, out var employerId)
                ? await employers.CardAsync(employerId, cancellationToken)
                : null;
        return user.Id is { } userId ? await employers.OfUserAsync(userId, cancellationToken) : null;
    }

    private static ProblemHttpResult Problem(Error error) =>
        ApiProblems.Refused(error, error.Code is "jobs.already_applied" ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
}
