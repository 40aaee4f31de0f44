using System.Globalization;
using Microsoft.OpenApi;

namespace Yincai.Platform.Api;

/// <summary>An endpoint on its way out: since when (RFC 9745 <c>Deprecation</c>), the day it stops (RFC 8594 <c>Sunset</c>) and
/// where to go instead (<c>Link: rel="successor-version"</c>).</summary>
public sealed record ApiDeprecation(DateTimeOffset Since, DateTimeOffset? Sunset = null, string? Successor = null);

/// <summary>
/// The version of the open API in its address (<c>/api/v1</c>) and on every answer (<c>API-Version: 1</c>), so that a client's log shows
/// what it spoke to; an endpoint marked <see cref="Deprecated{TBuilder}"/> says so in its answers' headers and in the OpenAPI document
/// before it is removed in a next version.
/// </summary>
public static class ApiVersions
{
    public const string Current = "1";
    public const string Prefix = "/api/v1";

    public static TBuilder Deprecated<TBuilder>(this TBuilder builder, DateTimeOffset since, DateTimeOffset? sunset = null, string? successor = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiDeprecation(since, sunset, successor));

    /// <summary>The headers of <paramref name="deprecation"/>: RFC 9745 wants the date as a structured-field date (<c>@</c> and Unix seconds),
    /// RFC 8594 an HTTP date.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Headers(ApiDeprecation deprecation)
    {
        yield return new("Deprecation", "@" + deprecation.Since.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (deprecation.Sunset is { } sunset) yield return new("Sunset", sunset.UtcDateTime.ToString("R", CultureInfo.InvariantCulture));
        if (deprecation.Successor is { } successor) yield return new("Link", $"<{successor}>; rel=\"successor-version\"");
    }

    public static void UseApiVersions(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Prefix), api => api.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["API-Version"] = Current;
                if (context.GetEndpoint()?.Metadata.GetMetadata<ApiDeprecation>() is { } deprecation)
                    foreach (var (name, value) in Headers(deprecation)) context.Response.Headers[name] = value;
                return Task.CompletedTask;
            });
            return next(context);
        }));

    /// <summary>Marks deprecated operations in the OpenAPI document.</summary>
    public static void MarkDeprecated(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiDeprecation>().Any()) operation.Deprecated = true;
    }
}
