using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>/api/v1/imports: an officer's systems follow the Excel imports of their scope: where each stands, its counts and, for one,
/// the rows refused with the field and the reason (the errors page's list). Uploading stays on the page.</summary>
public static class ImportsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/v1/imports").WithTags("Imports").RequireAuthorization(AccessPolicies.Officer);
        imports.MapGet("/", List);
        imports.MapGet("/{id:guid}", Get);
    }

    public sealed record ImportItem(Guid Id, string Kind, string Mode, string FileName, string RegionCode, string StartedByName, string Status, int TotalRows,
        int ProcessedRows, int Created, int Updated, int Unchanged, int ErrorRows, string Failure, DateTime CreatedAtUtc)
    {
        public static ImportItem Of(ImportJob j) => new(j.Id, j.Kind.ToString(), j.Mode.ToString(), j.FileName, j.RegionCode, j.StartedByName, j.Status.ToString(),
            j.TotalRows, j.ProcessedRows, j.Created, j.Updated, j.Unchanged, j.ErrorRows, j.Failure.ToString(), j.CreatedAtUtc);
    }

    public sealed record ImportAnswer(ImportItem Import, string? Errors);

    /// <summary>The scope's last 50 imports, newest first.</summary>
    private static async Task<Ok<List<ImportItem>>> List(YincaiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.CreatedAtUtc).Take(50).ToListAsync(cancellationToken))
            .Select(ImportItem.Of).ToList());

    /// <summary>One import of the scope with its refused rows (JSON: row, field, message, in the language of the import).</summary>
    private static async Task<Results<Ok<ImportAnswer>, NotFound>> Get(Guid id, YincaiDb db, CancellationToken cancellationToken) =>
        await db.FindInScopeAsync<ImportJob>(id, cancellationToken, tracked: false) is { } job
            ? TypedResults.Ok(new ImportAnswer(ImportItem.Of(job), job.ErrorsJson))
            : TypedResults.NotFound();
}
