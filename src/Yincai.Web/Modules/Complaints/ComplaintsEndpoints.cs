using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;
using Yincai.Platform.Api;

namespace Yincai.Modules.Complaints;

/// <summary>/api/v1/complaints: the same channel as the public form for apps (GRD-14): ask for an SMS code, file (signed in
/// with a bearer token, or with the mobile number and its code), follow by tracking number. Problems name the field in the
/// caller's language.</summary>
public static class ComplaintsEndpoints
{
    public static IEndpointRouteBuilder MapComplaints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/complaints").WithTags("Complaints").RequireRateLimiting(OrganisationTokens.RateLimitPolicy).AllowAnonymous();
        group.MapPost("/codes", SendCode);
        group.MapPost("/", File);
        group.MapGet("/{number}", Track);
        return app;
    }

    public sealed record CodeRequest(string? Mobile)
    {
        public static CodeRequest Example { get; } = new("13800000000");
    }

    public sealed record EvidenceUpload(string FileName, string ContentBase64);

    public sealed record ComplaintRequest(
        [property: JsonConverter(typeof(JsonStringEnumConverter<ComplaintKind>))] ComplaintKind? Kind,
        [property: JsonConverter(typeof(JsonStringEnumConverter<ComplaintTarget>))] ComplaintTarget? Target,
        string? AgainstName, Guid? JobId, string? Description, DateOnly? OccurredOn, string? RegionCode, string? FilerName, string? Mobile,
        string? Code, List<EvidenceUpload>? Evidence)
    {
        /// <summary>Evidence: files as base64 (JPEG, PNG or PDF), as the form takes them.</summary>
        public static ComplaintRequest Example { get; } = new(ComplaintKind.FakeHiring, ComplaintTarget.Employer, "某某人力资源有限公司", null,
            "以招聘为名收取报名费 300 元，之后再无联系。", new DateOnly(2026, 11, 20), "370102", "张三", "13800000000", "123456", []);
    }

    public sealed record FiledAnswer(string TrackingNumber, DateOnly DueOn, string Status);

    public sealed record TrackAnswer(string TrackingNumber, string Kind, string AgainstName, string Status, DateTime ReceivedAtUtc, DateOnly DueOn,
        bool? Upheld, string? Outcome, string? Reason, int? Rating, IReadOnlyList<StepAnswer> Steps);

    public sealed record StepAnswer(string Kind, DateTime AtUtc);

    private static async Task<Results<NoContent, ValidationProblem>> SendCode(CodeRequest request, HttpContext context, MobileCodes codes,
        CurrentUser current, CancellationToken cancellationToken)
    {
        var sent = await codes.SendAsync(request.Mobile, ComplaintIntake.CodePurpose, current.IpAddress, cancellationToken);
        return sent.IsError ? ApiProblems.Invalid(sent.Error!) : TypedResults.NoContent();
    }

    private static async Task<Results<Created<FiledAnswer>, ValidationProblem>> File(ComplaintRequest request, ComplaintIntake intake,
        CancellationToken cancellationToken)
    {
        var files = new List<UploadedFile>();
        foreach (var e in request.Evidence ?? [])
        {
            byte[] content;
            try
            {
                content = Convert.FromBase64String(e.ContentBase64 ?? "");
            }
            catch (FormatException)
            {
                return ApiProblems.Invalid(ComplaintErrors.FileType(e.FileName ?? ""));
            }
            files.Add(new UploadedFile(e.FileName ?? "evidence", content));
        }
        var form = new ComplaintForm
        {
            Kind = request.Kind, Target = request.Target, AgainstName = request.AgainstName, JobId = request.JobId, Description = request.Description,
            OccurredOn = request.OccurredOn, RegionCode = request.RegionCode, FilerName = request.FilerName, Mobile = request.Mobile, Code = request.Code,
        };
        var filed = await intake.FileAsync(form, files, cancellationToken);
        if (filed.IsError) return ApiProblems.Invalid(filed.Error!);
        var c = filed.Value!;
        return TypedResults.Created("/api/v1/complaints/" + c.TrackingNumber, new FiledAnswer(c.TrackingNumber, c.DueOn, c.Status.ToString()));
    }

    private static async Task<Results<Ok<TrackAnswer>, NotFound>> Track(string number, ComplaintHandling handling, CancellationToken cancellationToken)
    {
        if (await handling.TrackAsync(number, cancellationToken) is not { } c) return TypedResults.NotFound();
        var steps = (await handling.StepsAsync(c.Id, cancellationToken)).Where(s => s.IsPublic).Select(s => new StepAnswer(s.Kind.ToString(), s.AtUtc)).ToList();
        return TypedResults.Ok(new TrackAnswer(c.TrackingNumber, c.Kind.ToString(), c.AgainstName, c.Status.ToString(), c.ReceivedAtUtc, c.DueOn,
            c.Upheld, c.Outcome, c.Reason, c.Rating, steps));
    }

}
