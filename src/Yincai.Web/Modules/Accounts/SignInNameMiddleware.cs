using System.Text.Json;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Reads the user name a sign-in or registration post names (the form's <c>Input.UserName</c> or <c>Input.Mobile</c>, the
/// token request's <c>userName</c>) before the rate limiter decides, so that attempts on one account are counted whatever
/// address they come from. The form stays readable by the page; the JSON body is rewound for the endpoint.
/// </summary>
public sealed class SignInNameMiddleware(RequestDelegate next)
{
    private const string ItemKey = "yincai:sign-in-name";
    private const int LongestName = 256;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && AccountsModule.IsSignInPath(context.Request.Path))
            context.Items[ItemKey] = Normalise(await ReadAsync(context.Request));
        await next(context);
    }

    /// <summary>The normalised name the post names, or null (no account limit applies; the address limit still does).</summary>
    public static string? NameOf(HttpContext context) => context.Items[ItemKey] as string;

    private static async Task<string?> ReadAsync(HttpRequest request)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                return form["Input.UserName"].FirstOrDefault() ?? form["Input.Mobile"].FirstOrDefault();
            }
            if (!request.HasJsonContentType()) return null;
            request.EnableBuffering();
            try
            {
                using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
                if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
                // Bound as the endpoint binds it: property names in any case.
                return json.RootElement.EnumerateObject()
                    .FirstOrDefault(p => p.Name.Equals("userName", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                    .Value is { ValueKind: JsonValueKind.String } name ? name.GetString() : null;
            }
            finally
            {
                request.Body.Position = 0;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or BadHttpRequestException)
        {
            return null; // the page or endpoint answers a malformed post itself
        }
    }

    /// <summary>As sign-in looks names up: surrounding and inner spaces and dashes do not make another account.</summary>
    private static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var compact = new string([.. name.Where(c => !char.IsWhiteSpace(c) && c != '-').Take(LongestName)]);
        return compact.ToUpperInvariant();
    }
}
