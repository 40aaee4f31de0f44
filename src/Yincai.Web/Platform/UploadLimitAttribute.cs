using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Yincai.Platform.Validation;

namespace Yincai.Platform;

/// <summary>
/// For a page that takes a file. The page reads its multipart post itself, before antiforgery and model binding would:
/// a file over <see cref="MaxFileBytes"/> is left out (its bytes read and dropped), the other fields are kept, and the
/// handler runs with a ModelState error on the file's field that names the limit. Without this, a file over the form
/// limits made the server answer 400 or 413 and the typed form was lost. Past <see cref="MaxRequestBytes"/> nothing more
/// is read: the fields sent before the file (browsers send them in the form's order) are still kept.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class UploadLimitAttribute(long maxFileBytes) : Attribute, IAsyncAuthorizationFilter, IAsyncPageFilter, IOrderedFilter
{
    private const long Megabyte = 1024 * 1024;
    private const int MaxFields = 1_024;
    private const int MaxFieldChars = 1_000_000;
    private static readonly object OversizedKey = new();

    public long MaxFileBytes => maxFileBytes;

    /// <summary>How much of a post is read at most; 4 times the file limit and at least 32 MB unless set.</summary>
    public long MaxRequestBytes { get; set; } = Math.Max(4 * maxFileBytes, 32 * Megabyte);

    /// <summary>Before antiforgery's filter (order 1000), which reads the form.</summary>
    public int Order => -10_000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || MultipartBoundary(http.Request) is not { Length: > 0 } boundary) return;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = Math.Max(MaxRequestBytes, MaxFileBytes + Megabyte);

        var fields = new KeyValueAccumulator();
        var files = new FormFileCollection();
        string? oversized = null;
        string? reading = null;
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                reading = name;
                if (disposition.IsFileDisposition())
                {
                    var buffer = new MemoryStream();
                    if (await CopyAtMostAsync(section.Body, buffer, MaxFileBytes + 1, http.RequestAborted) > MaxFileBytes)
                    {
                        oversized ??= name;
                        await section.Body.DrainAsync(http.RequestAborted);
                        continue;
                    }
                    buffer.Position = 0;
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    files.Add(new FormFile(buffer, 0, buffer.Length, name, fileName)
                    {
                        Headers = new HeaderDictionary(section.Headers ?? new Dictionary<string, StringValues>()),
                    });
                }
                else if (disposition.IsFormDisposition() && fields.ValueCount < MaxFields)
                {
                    using var text = new StreamReader(section.Body, Encoding.UTF8, leaveOpen: true);
                    var value = await text.ReadToEndAsync(http.RequestAborted);
                    if (value.Length <= MaxFieldChars) fields.Append(name, value);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Past MaxRequestBytes: the file being read is the one too large; what came before it stays.
            oversized ??= reading ?? "";
        }
        http.Request.Form = new FormCollection(fields.HasValues ? fields.GetResults() : null, files);
        if (oversized is not null) http.Items[OversizedKey] = oversized;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Items[OversizedKey] is string field)
        {
            var megabytes = (MaxFileBytes / (double)Megabyte).ToString("0.#", CultureInfo.CurrentCulture);
            context.ModelState.AddModelError(field,
                ValidationText.Fail("validation.upload.", "too_large", "Upload_TooLarge", Label(context, field), megabytes).Message);
        }
        return next();
    }

    /// <summary>The field's name as its form shows it (the bound property's display name), for the message.</summary>
    private static string Label(PageHandlerExecutingContext context, string field)
    {
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>()
            .GetMetadataForType(context.HandlerInstance.GetType());
        foreach (var part in field.Split('.')) metadata = metadata?.Properties[part];
        return metadata?.GetDisplayName() ?? field;
    }

    private static async Task<long> CopyAtMostAsync(Stream source, Stream target, long most, CancellationToken cancellationToken)
    {
        var buffer = new byte[81_920];
        long copied = 0;
        int read;
        while (copied < most && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, most - copied)), cancellationToken)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            copied += read;
        }
        return copied;
    }

    private static string? MultipartBoundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(type.Boundary).Value
            : null;
}
