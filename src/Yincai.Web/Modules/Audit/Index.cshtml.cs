using Yincai.Modules.Audit.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Audit;

/// <summary>The auditor's read-only view of the trail, and the chain check.</summary>
public sealed class IndexModel(YincaiDb db, AuditChain chain, AuditAnchorLog anchors, CurrentUser current, FieldProtection protection,
    IStringLocalizer<AuditResource> text) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<AuditEntry> Entries { get; private set; } = new([], 1, 1, 0);
    public AuditChainReport? Report { get; private set; }
    public AuditAnchor? Head { get; private set; }

    /// <summary>Rows written but not chained yet (the sealer runs every few seconds).</summary>
    public AuditUnsealed Unsealed { get; private set; } = AuditUnsealed.None;

    /// <summary>A count of <see cref="Unsealed"/> as shown: "1,000+" past the page's cap.</summary>
    public static string Shown(long count) => count > PagedListExtensions.DefaultCountCap
        ? $"{PagedListExtensions.DefaultCountCap:N0}+" : count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);
    /// <summary>The latest signed anchor of the store outside the database, which the check holds the chain against.</summary>
    public StoredAuditAnchor? LatestAnchor { get; private set; }
    public string AnchorStore => anchors.Path;
    /// <summary>Before and after of each row shown (by id), personal values decrypted while the person's key exists.</summary>
    public IReadOnlyDictionary<long, (string? Before, string? After)> Changes { get; private set; } =
        new Dictionary<long, (string? Before, string? After)>();

    public async Task OnGetAsync()
    {
        var query = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => e.Action.StartsWith(Action));
        if (!string.IsNullOrWhiteSpace(Actor)) query = query.Where(e => e.ActorName!.Contains(Actor));
        if (From is { } from) query = query.Where(e => e.OccurredAtUtc >= from.ToDateTime(TimeOnly.MinValue));
        if (To is { } to) query = query.Where(e => e.OccurredAtUtc < to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        // Newest first by insertion: rows not sealed yet (no sequence) are shown too, in their place.
        Entries = await query.ToCappedPagedListAsync(q => q.OrderByDescending(e => e.Id), PageNumber, PageSize, HttpContext.RequestAborted);
        var keys = new SubjectKeyRing(protection);
        var subjects = Entries.Items.SelectMany(e => SubjectKeyRing.SubjectsIn(e.Before).Concat(SubjectKeyRing.SubjectsIn(e.After))).ToHashSet();
        await keys.LoadAsync(db, subjects, [], create: false, DateTime.MinValue, HttpContext.RequestAborted);
        var erased = text["PersonalData_Erased"].Value;
        Changes = Entries.Items.ToDictionary(e => e.Id, e => (keys.Reveal(e.Before, erased), keys.Reveal(e.After, erased)));
        Head = await chain.HeadAsync(HttpContext.RequestAborted);
        Unsealed = await chain.UnsealedAsync(HttpContext.RequestAborted, PagedListExtensions.DefaultCountCap);
        LatestAnchor = (await anchors.ReadAsync(HttpContext.RequestAborted)).Latest;
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Report = await chain.VerifyWithAnchorsAsync(HttpContext.RequestAborted);
        db.Audit(new AuditRecord(AuditActions.ChainVerified, Report.HasFindings ? AuditOutcome.Failure : AuditOutcome.Success,
            current.Id, current.UserName, After: AuditJson.Serialize(new
            {
                Report.CheckedCount, Report.BrokenAtSequence, Break = Report.Break?.ToString(), Report.LastSequence,
                AnchorSequence = Report.Anchor?.Anchor.Sequence, Report.BadAnchorLines, UnsealedOverdue = Report.Unsealed.Overdue,
            }), IpAddress: current.IpAddress));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await OnGetAsync();
        return Page();
    }
}
