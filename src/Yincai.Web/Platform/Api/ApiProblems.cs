using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;

namespace Yincai.Platform.Api;

/// <summary>
/// One shape for every problem the API answers (RFC 9457 problem details, <c>application/problem+json</c>): a title in the
/// caller's language (zh-CN by default, en by <c>Accept-Language</c>), the detail, <c>code</c> (stable, for programs),
/// <c>errors</c> by field for invalid input, <c>instance</c> (the path) and <c>traceId</c> (to quote to the help desk).
/// </summary>
public static class ApiProblems
{
    private const string FrameworkValidationTitle = "One or more validation errors occurred.";

    /// <summary>Invalid input: 400 with the field named (camelCase, as in the JSON) and the message in the caller's language.</summary>
    public static ValidationProblem Invalid(Error error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(error.Field ?? "")] = [error.Message] }, detail: error.Message,
            extensions: new Dictionary<string, object?> { ["code"] = error.Code });

    /// <summary>A request refused for a reason of the business (a full event, a conflict): <paramref name="status"/> with the message.</summary>
    public static ProblemHttpResult Refused(Error error, int status = StatusCodes.Status422UnprocessableEntity) =>
        TypedResults.Problem(detail: error.Message, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = error.Code });

    /// <summary>Fills what every problem carries, whoever wrote it (an endpoint, authorization, the rate limiter, the status code pages).</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        var status = problem.Status ?? http.Response.StatusCode;
        // The status code pages write after the localization middleware has returned, in the culture before it: take the request's.
        if (http.Features.Get<IRequestCultureFeature>() is { } culture) CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
        var title = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()["ApiError_" + status];
        if (!title.ResourceNotFound && (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status)
            || problem.Title == FrameworkValidationTitle))
            problem.Title = title.Value;
        problem.Instance ??= http.Request.Path;
        problem.Extensions.TryAdd("code", "http." + status);
    }
}
