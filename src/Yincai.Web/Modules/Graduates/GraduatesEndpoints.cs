using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Graduates.Campus;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>/api/v1/graduates: the phone registration of unemployed graduates for the mini-program (GRD-01, GRD-03), the same rules
/// as the public form: no account, the county and the contact deadline in the answer, problems by field in the caller's language.</summary>
public static class GraduatesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/graduates").WithTags("Graduates").RequireRateLimiting(OrganisationTokens.RateLimitPolicy)
            .AcceptOrganisationTokens();
        group.MapPost("/registrations", Register).AllowAnonymous();

        // A university's system reads its own graduates with its organisation token (GRD-06); nothing else signs in here.
        var campus = app.MapGroup("/api/v1/campus").WithTags("Campus").RequireRateLimiting(OrganisationTokens.RateLimitPolicy)
            .RequireAuthorization(GraduatesModule.CampusApiPolicy).AcceptOrganisationTokens();
        campus.MapGet("/graduates", OwnGraduates);
        campus.MapGet("/graduates/{id:guid}", OwnGraduate);

        // A county office's systems read its work list with an officer's token: the page's views and filters, names masked.
        app.MapGet("/api/v1/graduates", WorkList).WithTags("Graduates").RequireAuthorization(AccessPolicies.Officer);
    }

    public sealed record WorkListRow(Guid Id, string MaskedName, string IdNumberMasked, string RegionCode, int CohortYear, string Intention, string Outcome,
        DateOnly? OutcomeOn, DateOnly? ContactDueOn, DateOnly? ContactedOn, Guid? OfficerId);

    public sealed record WorkListAnswer(IReadOnlyList<WorkListRow> Items, int Page, int PageSize, int Total, bool TotalIsCapped);

    /// <summary>The officer's work list in their scope: <c>view</c> (InDatabase, ContactOwed, ContactOverdue, ShortOfServices, Mine,
    /// Unassigned, Left, All, PlacedOn, NotPlacedOn), <c>cohort</c>, <c>intention</c>, <c>region</c> (a code or its prefix), <c>at</c>
    /// (for PlacedOn / NotPlacedOn); 30 a page, counted to 1,000, in the page's order.</summary>
    private static async Task<Ok<WorkListAnswer>> WorkList(GraduateView? view, int? cohort, GraduateIntention? intention, string? region, DateOnly? at,
        int? page, YincaiDb db, TalentDirectory talents, CurrentUser user, ChinaClock clock, CancellationToken cancellationToken)
    {
        var query = IndexModel.Query(db.Graduates.AsNoTracking(), view ?? GraduateView.InDatabase, cohort, intention, clock.Today, user.Id, db.GraduateOutcomes,
            region, at);
        var found = await query.ToCappedPagedListAsync(q => q.WorkOrder(), page ?? 1, IndexModel.PageSize, cancellationToken);
        var people = await talents.CardsAsync(found.Items.Select(g => g.TalentId).ToList(), cancellationToken);
        var rows = found.Items.Select(g => people.GetValueOrDefault(g.TalentId) is { } p
            ? new WorkListRow(g.Id, p.MaskedName, p.IsErased ? "" : p.IdNumberMasked, g.RegionCode, g.CohortYear, g.Intention.ToString(), g.Outcome.ToString(),
                g.OutcomeOn, g.ContactDueOn, g.ContactedOn, g.OfficerId)
            : new WorkListRow(g.Id, "", "", g.RegionCode, g.CohortYear, g.Intention.ToString(), g.Outcome.ToString(), g.OutcomeOn, g.ContactDueOn, g.ContactedOn,
                g.OfficerId)).ToList();
        return TypedResults.Ok(new WorkListAnswer(rows, found.Page, found.PageSize, found.Total, found.TotalIsCapped));
    }

    public sealed record CampusGraduatesAnswer(IReadOnlyList<CampusGraduateRow> Items, int Page, int PageSize, int Total, bool TotalIsCapped);

    /// <summary>The token's university's graduates, newest registrations first; filters by cohort and outcome.</summary>
    private static async Task<Ok<CampusGraduatesAnswer>> OwnGraduates(HttpContext context, CampusGraduates graduates, int? cohort,
        GraduateOutcome? outcome, int? page, CancellationToken cancellationToken)
    {
        var code = OrganisationPrincipal.OrganisationOf(context.User, OrganisationKinds.University, TokenScopes.GraduatesRead)!;
        var found = await graduates.PageAsync(code, cohort, outcome, page ?? 1, cancellationToken);
        return TypedResults.Ok(new CampusGraduatesAnswer(found.Items, found.Page, found.PageSize, found.Total, found.TotalIsCapped));
    }

    public sealed record CampusGraduateAnswer(CampusGraduateRow Graduate, IReadOnlyList<CampusService> Services);

    /// <summary>One of the token's university's graduates with the services given; 404 for anyone else's.</summary>
    private static async Task<Results<Ok<CampusGraduateAnswer>, NotFound>> OwnGraduate(HttpContext context, CampusGraduates graduates, Guid id,
        CancellationToken cancellationToken)
    {
        var code = OrganisationPrincipal.OrganisationOf(context.User, OrganisationKinds.University, TokenScopes.GraduatesRead)!;
        return await graduates.OneAsync(code, id, cancellationToken) is { } found
            ? TypedResults.Ok(new CampusGraduateAnswer(found.Row, found.Services))
            : TypedResults.NotFound();
    }

    /// <summary>Choices by name (Bachelor, Job; disadvantaged groups such as PoorFamily) or number.</summary>
    public sealed record RegistrationRequest(string? FullName, string? IdNumber, string? Mobile, string? HouseholdRegionCode, string? SearchRegionCode,
        string? SchoolName, [property: JsonConverter(typeof(JsonStringEnumConverter<DegreeLevel>))] DegreeLevel? Degree, string? MajorName,
        DateOnly? GraduationDate, [property: JsonConverter(typeof(JsonStringEnumConverter<GraduateIntention>))] GraduateIntention? Intention,
        List<string>? Disadvantaged, bool Consent)
    {
        public static RegistrationRequest Example { get; } = new("李明", "370102200101011234", "13800000000", "370102", "370102", "山东大学",
            DegreeLevel.Bachelor, "计算机科学与技术", new DateOnly(2026, 6, 30), GraduateIntention.Job, [], true);
    }

    /// <summary>The county that serves the graduate, and by when an officer makes contact (null once contacted).</summary>
    public sealed record RegistrationAnswer(Guid Id, string CountyCode, string CountyName, DateOnly? ContactDueOn, bool ContactDueEstimated);

    /// <remarks>With a university's token (scope graduates.write) the registration is the university's list: its own graduates
    /// only (the school is the token's), no consent box (the university collected it), no contact deadline (not an online
    /// registration). A token presented that is not live gets 401, never an anonymous registration.</remarks>
    private static async Task<Results<Created<RegistrationAnswer>, ValidationProblem, UnauthorizedHttpResult, ForbidHttpResult>> Register(
        RegistrationRequest request, HttpContext context, YincaiDb db,
        RealNameDatabase graduates, RegionDirectory regions, UniversityCatalog universities, MajorCatalog majors,
        IStringLocalizer<GraduatesResource> text, IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        University? university = null;
        if (OrganisationPrincipal.Presents(context))
        {
            if (context.User.Identity?.IsAuthenticated != true) return TypedResults.Unauthorized();
            var code = OrganisationPrincipal.OrganisationOf(context.User, OrganisationKinds.University, TokenScopes.GraduatesWrite);
            if ((university = universities.Find(code)) is null) return TypedResults.Forbid();
            request = request with { SchoolName = request.SchoolName ?? university.Name, Consent = true };
        }
        var errors = new ModelStateDictionary();
        var shared = localizers.Create(typeof(Shared.SharedResource));
        void Require(object? value, string field, string label)
        {
            if (value is null || value is string { Length: 0 }) errors.AddModelError(field, shared["Required", text[label]]);
        }
        Require(request.FullName, nameof(request.FullName), "Field_Name");
        Require(request.IdNumber, nameof(request.IdNumber), "Field_IdNumber");
        Require(request.Mobile, nameof(request.Mobile), "Field_Mobile");
        Require(request.HouseholdRegionCode, nameof(request.HouseholdRegionCode), "Field_Household");
        Require(request.SchoolName, nameof(request.SchoolName), "Field_School");
        Require(request.Degree, nameof(request.Degree), "Field_Degree");
        Require(request.MajorName, nameof(request.MajorName), "Field_Major");
        Require(request.GraduationDate, nameof(request.GraduationDate), "Field_GraduationDate");
        Require(request.Intention, nameof(request.Intention), "Field_Intention");
        if (!request.Consent) errors.AddModelError(nameof(request.Consent), text["Error_Consent"]);
        if (request.FullName is { Length: > 50 }) errors.AddModelError(nameof(request.FullName), shared["MaxLength", text["Field_Name"], 50]);
        if (request.SchoolName is { Length: > 100 }) errors.AddModelError(nameof(request.SchoolName), shared["MaxLength", text["Field_School"], 100]);
        if (request.MajorName is { Length: > 100 }) errors.AddModelError(nameof(request.MajorName), shared["MaxLength", text["Field_Major"], 100]);
        var form = new GraduateForm
        {
            FullName = request.FullName, IdNumber = request.IdNumber, Mobile = request.Mobile, HouseholdRegionCode = request.HouseholdRegionCode,
            SearchRegionCode = request.SearchRegionCode, SchoolName = request.SchoolName, Degree = request.Degree, MajorName = request.MajorName,
            GraduationDate = request.GraduationDate, Intention = request.Intention,
            Disadvantaged = (request.Disadvantaged ?? []).Select(g => Enum.TryParse<DisadvantagedGroup>(g, out var group) ? group : DisadvantagedGroup.None)
                .Where(g => g != DisadvantagedGroup.None).ToList(),
        };
        // Checked even when fields are missing, so that the answer names every problem at once.
        if (university is not null && universities.FindByName(request.SchoolName)?.Code != university.Code)
            errors.AddModelError(nameof(request.SchoolName), text["Error_NotOwnGraduate", university.Name]);
        var registration = form.ToRegistration(university is null ? GraduateSource.Online : GraduateSource.University, graduates.Today, universities,
            majors, text, errors, "");
        if (registration is null) return Invalid(errors);
        if (university is not null) registration = registration with { ByUniversityCode = university.Code };
        var result = await graduates.RegisterAsync(registration, cancellationToken);
        if (result.IsError)
        {
            errors.AddModelError(result.Error!.Field ?? "", result.Error.Message);
            return Invalid(errors);
        }
        await db.SaveChangesAsync(cancellationToken);
        var graduate = result.Value!;
        var county = (await regions.FullNamesAsync([graduate.RegionCode], cancellationToken)).GetValueOrDefault(graduate.RegionCode) ?? graduate.RegionCode;
        return TypedResults.Created($"/api/v1/graduates/registrations/{graduate.Id}", new RegistrationAnswer(graduate.Id, graduate.RegionCode, county,
            graduate.ContactedOn is null ? graduate.ContactDueOn : null, graduate.ContactDueEstimated));
    }

    private static ValidationProblem Invalid(ModelStateDictionary errors) =>
        TypedResults.ValidationProblem(errors.Where(e => e.Value!.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()));
}
