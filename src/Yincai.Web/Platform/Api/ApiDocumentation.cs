using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Yincai.Platform.Api;

/// <summary>
/// The open API described: the OpenAPI document of every <c>/api/v1</c> endpoint at <see cref="DocumentPath"/> and its reference
/// page at <see cref="ReferencePath"/> (Scalar, served from the package: nothing is fetched from the internet). Both public.
/// </summary>
public static partial class ApiDocumentation
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddOperationTransformer((operation, context, _) =>
            {
                ApiVersions.MarkDeprecated(operation, context);
                return Task.CompletedTask;
            });
            // A request type's static Example (the same type) is its example in the document, written as the API reads it.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static) is { } example && example.PropertyType == type)
                    schema.Examples = [JsonSerializer.SerializeToNode(example.GetValue(null), type, context.JsonTypeInfo.Options)!];
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "引才 Yincai API",
                    Version = "v1",
                    // Read by developers of either language: both, Chinese first as on the platform.
                    Description = "引才平台面向高校、人才驿站、用人单位和应用的开放接口。账号通过 `POST /api/v1/auth/token` 登录，或使用单位接口令牌，"
                        + "以 `Authorization: Bearer <令牌>` 发送。错误按 RFC 9457 问题详情返回，语言随 `Accept-Language`（默认 zh-CN，可选 en）。\n\n"
                        + "The platform's open API for universities, talent stations, employers and apps. Sign in with "
                        + "`POST /api/v1/auth/token` (an account) or use an organisation token, and send it as `Authorization: Bearer <token>`. "
                        + "Problems are RFC 9457 problem details in the language of `Accept-Language` (zh-CN by default, en).",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "POST /api/v1/auth/token 取得的令牌，或单位接口令牌。 A token from POST /api/v1/auth/token, or an organisation API token.",
                };
                return Task.CompletedTask;
            });
        });

    public static void MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("引才 Yincai API")
            .WithOpenApiRoutePattern(DocumentPath)
            .AddPreferredSecuritySchemes("bearer")
            // Nothing that calls out to Scalar's services: the page works inside a government network.
            .DisableDefaultFonts()
            .DisableAgent()
            .DisableMcp()
            .DisableTelemetry()
            .HideDeveloperTools()
            .HideClientButton()).AllowAnonymous();
    }

    /// <summary>
    /// The reference page starts itself with an inline script: rather than allow inline scripts, its page's policy allows that script
    /// by its hash, taken from the page as served (so a new version of the package needs no change here). The page is read whole
    /// for that, so it is not compressed; Scalar sets its styles from script, which the policy allows.
    /// </summary>
    public static void UseApiReferencePolicy(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ReferencePath) && !Path.HasExtension(c.Request.Path.Value), page => page.Use(async (context, next) =>
        {
            context.Request.Headers.AcceptEncoding = default;
            var body = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
            }
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var hashes = InlineScript().Matches(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length))
                    .Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["code"].Value)))}'");
                context.Items[SecurityHeadersMiddleware.PolicyKey] = "default-src 'self'; script-src 'self' " + string.Join(' ', hashes)
                    + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; "
                    + "frame-ancestors 'none'; form-action 'self'";
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }));

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(?<code>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();
}
