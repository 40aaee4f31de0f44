using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Api;

namespace Yincai.Modules.Talents;

/// <summary>/api/v1/talents/me: the signed-in talent's own profile for an app, the same rules as the profile page. The ID number is
/// written, never read back (masked); the disadvantaged-group answer likewise.</summary>
public static class TalentsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/v1/talents/me").WithTags("Talents").RequireAuthorization(AccessPolicies.Talent);
        me.MapGet("/", Get);
        me.MapPut("/", Save);
    }

    public sealed record ProfileAnswer(Guid Id, string FullName, string IdNumberMasked, string HouseholdRegionCode, string? Mobile, string? NativePlaceCode,
        string? CurrentRegionCode, IReadOnlyList<string> Categories,
        [property: JsonConverter(typeof(JsonStringEnumConverter<DegreeLevel>))] DegreeLevel HighestDegree, int? GraduationYear, string? SchoolName,
        string? MajorName, IReadOnlyList<ResumeSummary> Resumes);

    private static async Task<Results<Ok<ProfileAnswer>, NotFound>> Get(TalentProfiles profiles, TalentDirectory talents, CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (await profiles.MineAsync(user.Id!.Value, cancellationToken) is not { } mine) return TypedResults.NotFound();
        return TypedResults.Ok(await AnswerAsync(mine, profiles, talents, cancellationToken));
    }

    /// <summary>The profile as a talent writes it. Leave <c>idNumber</c> out to keep the number on file (required the first time);
    /// <c>disadvantaged</c> out to keep the recorded answer, empty to clear it. Categories: Student, UnemployedGraduate, OverseasReturnee.</summary>
    public sealed class ProfileRequest
    {
        [Required(ErrorMessage = "Required"), StringLength(50, MinimumLength = 2, ErrorMessage = "StringLength"), Display(Name = "Field_FullName")]
        public string? FullName { get; set; }
        [Display(Name = "Field_IdNumber")] public string? IdNumber { get; set; }
        [Required(ErrorMessage = "Required"), Display(Name = "Field_HouseholdRegion")] public string? HouseholdRegionCode { get; set; }
        [Display(Name = "Field_Mobile")] public string? Mobile { get; set; }
        public string? NativePlaceCode { get; set; }
        public string? CurrentRegionCode { get; set; }
        public List<string>? Categories { get; set; }
        public List<string>? Disadvantaged { get; set; }

        public static ProfileRequest Example { get; } = new()
        {
            FullName = "李明", IdNumber = "370102200101011234", HouseholdRegionCode = "370102", Mobile = "13800000000", NativePlaceCode = "370102",
            CurrentRegionCode = "370102", Categories = [nameof(TalentCategory.UnemployedGraduate)],
        };
    }

    private static async Task<Results<Ok<ProfileAnswer>, ValidationProblem>> Save(ProfileRequest request, TalentProfiles profiles, TalentDirectory talents,
        CurrentUser user, IStringLocalizerFactory localizers, IStringLocalizer<TalentsResource> text, CancellationToken cancellationToken)
    {
        if (ApiValidation.Check(request, localizers) is { } invalid) return invalid;
        var categories = TalentCategory.None;
        foreach (var name in request.Categories ?? [])
        {
            if (!Enum.TryParse<TalentCategory>(name, out var category) || !Profile.IndexModel.Declarable.Contains(category))
                return ApiProblems.Invalid(new Error("talents.category", text["Error_Category", name], nameof(request.Categories)));
            categories |= category;
        }
        DisadvantagedGroup? groups = null;
        if (request.Disadvantaged is { } answered)
        {
            groups = DisadvantagedGroup.None;
            foreach (var name in answered)
            {
                if (!Enum.TryParse<DisadvantagedGroup>(name, out var group) || !Profile.IndexModel.Groups.Contains(group))
                    return ApiProblems.Invalid(new Error("talents.disadvantaged", text["Error_Disadvantaged", name], nameof(request.Disadvantaged)));
                groups |= group;
            }
        }
        var userId = user.Id!.Value;
        var personal = new PersonalDetails(request.Mobile, request.NativePlaceCode, request.CurrentRegionCode, categories, groups);
        var saved = await profiles.SaveAsync(userId, request.FullName!, string.IsNullOrWhiteSpace(request.IdNumber) ? null : request.IdNumber,
            request.HouseholdRegionCode, personal, cancellationToken);
        if (saved.IsError) return ApiProblems.Invalid(saved.Error!);
        return TypedResults.Ok(await AnswerAsync(saved.Value!, profiles, talents, cancellationToken));
    }

    private static async Task<ProfileAnswer> AnswerAsync(Talent t, TalentProfiles profiles, TalentDirectory talents, CancellationToken cancellationToken) =>
        new(t.Id, t.FullName, t.IdNumberMasked, t.RegionCode, profiles.MobileOf(t), t.NativePlaceCode, t.CurrentRegionCode,
            Enum.GetValues<TalentCategory>().Where(c => c != TalentCategory.None && t.Categories.HasFlag(c)).Select(c => c.ToString()).ToList(),
            t.HighestDegree, t.GraduationYear, t.SchoolName, t.MajorName, await talents.ResumesAsync(t.Id, cancellationToken));
}
