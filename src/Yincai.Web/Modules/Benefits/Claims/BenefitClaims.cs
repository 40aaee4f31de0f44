using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Claims;

/// <summary>Who claims: the signed-in talent, or the employer the signed-in member acts for.</summary>
public sealed record Claimant(BenefitClaimant Kind, Guid Id, string Name);

/// <summary>
/// A benefit as one claimant stands against it today: the rules in force, the facts, each condition, the amount, which period and
/// half a claim would be for, and why it cannot be claimed now (already claimed, under review, the next half not yet due).
/// </summary>
public sealed record ClaimOption(Benefit Benefit, BenefitRules Rules, FactSheet Sheet, Eligibility Eligibility, string Period, ClaimPart Part,
    decimal? Amount, string? Blocked, BenefitApplication? Pending)
{
    public bool CanClaim => Eligibility.Eligible && Blocked is null && Amount is > 0;
}

/// <summary>An uploaded file for a condition.</summary>
public sealed record EvidenceUpload(int Condition, string FileName, byte[] Content);

/// <summary>
/// Claims (ENT-05, ENT-06, GRD-09, GRD-11, GRD-12): what a claimant may claim, with every condition verified from records where the
/// platform can (nothing to upload) and evidence asked only for the rest; the claim, pre-filled from those facts; the officer's
/// approval, which grants each half of the period once (a unique row: two officers approving at the same moment cannot both), or
/// rejection with a reason; each told in the claimant's inbox.
/// </summary>
public sealed class BenefitClaims(YincaiDb db, BenefitCatalog catalog, ClaimantFacts facts, TalentDirectory talents, EmployerDirectory employers,
    GraduateProofs graduates, Notifier notifier, CurrentUser current, ChinaClock clock, IStringLocalizer<BenefitsResource> text)
{
    public const int MaxEvidenceBytes = 5 * 1024 * 1024;
    public const int MaxReason = 500;

    /// <summary>GRD-11: half of a benefit paid in instalments may be claimed from this many months of operation, the rest (or all of
    /// it at once) from <see cref="RestMonths"/>.</summary>
    public const int FirstHalfMonths = 6, RestMonths = 12;

    public async Task<Claimant?> MeAsync(CancellationToken cancellationToken)
    {
        if (current.Id is not { } userId) return null;
        if (current.IsInRole(Roles.Talent) && await talents.OfUserAsync(userId, cancellationToken) is { } talent)
            return new Claimant(BenefitClaimant.Talent, talent.Id, talent.FullName);
        if (current.IsInRole(Roles.EmployerUser) && await employers.OfUserAsync(userId, cancellationToken) is { Status: EmployerStatus.Verified } employer)
            return new Claimant(BenefitClaimant.Employer, employer.Id, employer.Name);
        return null;
    }

    /// <summary>Every benefit in force today that covers the claimant (home or work in its region), eligible or not, with reasons;
    /// a per-intake benefit once for each intake the employer hosted.</summary>
    public async Task<List<ClaimOption>> OptionsAsync(Claimant claimant, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var options = new List<ClaimOption>();
        var inForce = (await catalog.InForceAsync(today, null, cancellationToken)).Where(x => x.Benefit.Claimant == claimant.Kind).ToList();
        if (inForce.Count == 0) return options;
        var intakes = claimant.Kind == BenefitClaimant.Employer ? await graduates.IntakesOfHostAsync(claimant.Id, cancellationToken) : [];
        var plain = await SheetAsync(claimant, null, cancellationToken);
        if (plain is null) return options;
        var held = await HeldAsync(claimant.Id, null, cancellationToken);
        foreach (var (benefit, rules) in inForce)
        {
            if (!plain.Within(benefit.RegionCode)) continue;
            if (benefit.Frequency == BenefitFrequency.OncePerIntake)
            {
                foreach (var intake in intakes)
                    if (await SheetAsync(claimant, intake, cancellationToken) is { } sheet)
                        options.Add(Option(benefit, rules, sheet, held));
            }
            else options.Add(Option(benefit, rules, plain, held));
        }
        return options;
    }

    /// <summary>One benefit for the claimant (and intake), as <see cref="OptionsAsync"/> has it; null when it does not cover them.</summary>
    public async Task<ClaimOption?> OptionAsync(Claimant claimant, Guid benefitId, int? intake, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(benefitId, cancellationToken) is not { } benefit || benefit.Claimant != claimant.Kind) return null;
        if (await catalog.RulesOnAsync(benefitId, clock.Today, cancellationToken) is not { } rules) return null;
        if ((benefit.Frequency == BenefitFrequency.OncePerIntake) != intake.HasValue) return null;
        if (await SheetAsync(claimant, intake, cancellationToken) is not { } sheet || !sheet.Within(benefit.RegionCode)) return null;
        return Option(benefit, rules, sheet, await HeldAsync(claimant.Id, benefitId, cancellationToken));
    }

    private Task<FactSheet?> SheetAsync(Claimant claimant, int? intake, CancellationToken cancellationToken) =>
        claimant.Kind == BenefitClaimant.Talent
            ? facts.ForTalentAsync(claimant.Id, clock.Today, cancellationToken)
            : facts.ForEmployerAsync(claimant.Id, clock.Today, intake, cancellationToken);

    public static string PeriodOf(Benefit benefit, DateOnly on, int? intake) => benefit.Frequency switch
    {
        BenefitFrequency.Once => "once",
        BenefitFrequency.OncePerIntake => $"intake-{intake}",
        _ => on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>What the claimant holds: grants, and claims under review; of one benefit or all. Two look-ups, whatever the number of
    /// benefits.</summary>
    private async Task<(List<BenefitGrant> Grants, List<BenefitApplication> Pending)> HeldAsync(Guid claimantId, Guid? benefitId,
        CancellationToken cancellationToken)
    {
        var grants = db.BenefitGrants.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(g => g.ClaimantId == claimantId);
        var pending = db.BenefitApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(a => a.ClaimantId == claimantId && a.Status == ApplicationStatus.Submitted);
        if (benefitId is { } id) (grants, pending) = (grants.Where(g => g.BenefitId == id), pending.Where(a => a.BenefitId == id));
        return (await grants.ToListAsync(cancellationToken), await pending.ToListAsync(cancellationToken));
    }

    private ClaimOption Option(Benefit benefit, BenefitRules rules, FactSheet sheet, (List<BenefitGrant> Grants, List<BenefitApplication> Pending) held)
    {
        var eligibility = catalog.Evaluate(benefit, rules, sheet);
        if (eligibility.IsError) throw new InvalidOperationException($"Rules {rules.Id} no longer compile: {eligibility.Error!.Message}");
        var period = PeriodOf(benefit, clock.Today, sheet.Intake);
        var granted = held.Grants.Where(g => g.BenefitId == benefit.Id && g.Period == period).ToList();
        var pending = held.Pending.FirstOrDefault(a => a.BenefitId == benefit.Id && a.Period == period);
        var (part, amount, blocked) = Part(benefit, sheet, eligibility.Value!.Amount, granted);
        if (pending is not null) blocked = text["Blocked_Pending"];
        return new ClaimOption(benefit, rules, sheet, eligibility.Value, period, part, amount, blocked, pending);
    }

    /// <summary>Which half is due and its amount: all of it at once, or GRD-11's halves by months of operation (half at 6, the rest at
    /// 12; all at once from 12 when nothing was paid).</summary>
    private (ClaimPart Part, decimal? Amount, string? Blocked) Part(Benefit benefit, FactSheet sheet, decimal? full, IReadOnlyList<BenefitGrant> granted)
    {
        if (full is not { } amount) return (ClaimPart.Whole, null, null);
        var half1 = granted.FirstOrDefault(g => g.Half == 1);
        var half2 = granted.Any(g => g.Half == 2);
        if (half1 is not null && half2) return (ClaimPart.Whole, null, text["Blocked_Granted"]);
        if (benefit.Instalments == BenefitInstalments.None)
            return half1 is null && !half2 ? (ClaimPart.Whole, amount, null) : (ClaimPart.Whole, null, text["Blocked_Granted"]);
        var months = sheet.Values.GetValueOrDefault("MonthsInBusiness") is int m ? m : 0;
        if (months < FirstHalfMonths) return (ClaimPart.FirstHalf, null, text["Blocked_SixMonths"]);
        if (half1 is null) return months >= RestMonths ? (ClaimPart.Whole, amount, null) : (ClaimPart.FirstHalf, Half(amount), null);
        return months >= RestMonths ? (ClaimPart.SecondHalf, Math.Max(0, amount - half1.Amount), null) : (ClaimPart.SecondHalf, null, text["Blocked_TwelveMonths"]);
    }

    /// <summary>What can be claimed now of a full amount with nothing granted yet: all of it, half from 6 months of operation for a
    /// benefit paid in halves (GRD-11), nothing before; what policy finds people tells of.</summary>
    public static decimal? DueFirst(Benefit benefit, IReadOnlyDictionary<string, object?> facts, decimal full)
    {
        if (benefit.Instalments == BenefitInstalments.None) return full;
        var months = facts.GetValueOrDefault("MonthsInBusiness") is int m ? m : 0;
        return months < FirstHalfMonths ? null : months >= RestMonths ? full : Half(full);
    }

    /// <summary>The first day the rest of a benefit paid in instalments may be claimed by a business in operation since
    /// <paramref name="since"/>: the day its months of operation (<see cref="Facts.ClaimantFacts.MonthsBetween"/>) reach
    /// <see cref="RestMonths"/>.</summary>
    public static DateOnly RestClaimableOn(DateOnly since) => since.AddMonths(RestMonths);

    private static decimal Half(decimal amount) => Math.Round(amount / 2, 2, MidpointRounding.AwayFromZero);

    /// <summary>Claims a benefit as today's facts stand: eligible and not blocked, with a file for each condition the platform could
    /// not verify (PDF, JPEG or PNG up to 5 MB). Officers of the review region are told.</summary>
    public async Task<Result<BenefitApplication>> ApplyAsync(Claimant claimant, Guid benefitId, int? intake, IReadOnlyList<EvidenceUpload> evidence,
        CancellationToken cancellationToken)
    {
        if (await OptionAsync(claimant, benefitId, intake, cancellationToken) is not { } option) return Invalid("benefits.not_found", "Error_NotFound", null);
        if (!option.Eligibility.Eligible) return Invalid("benefits.not_eligible", "Error_NotEligible", null);
        if (option.Blocked is { } blocked) return new Error("benefits.blocked", blocked);
        if (option.Amount is not > 0) return Invalid("benefits.no_amount", "Error_NoAmount", null);
        var files = new List<EvidenceUpload>();
        foreach (var (condition, index) in option.Eligibility.NeedingEvidence)
        {
            var file = evidence.FirstOrDefault(e => e.Condition == index);
            if (file is null || file.Content.Length == 0)
                return new Error("benefits.evidence_missing", text["Error_EvidenceMissing", condition.Label, condition.Evidence ?? ""], $"Evidence[{index}]");
            if (file.Content.Length > MaxEvidenceBytes)
                return new Error("benefits.evidence_large", text["Error_EvidenceLarge", condition.Label, MaxEvidenceBytes / 1024 / 1024], $"Evidence[{index}]");
            if (EvidenceFile.ContentType(file.Content) is null)
                return new Error("benefits.evidence_type", text["Error_EvidenceType", condition.Label], $"Evidence[{index}]");
            files.Add(file);
        }
        var now = clock.UtcNow;
        var application = new BenefitApplication(option.Benefit, option.Rules, option.Sheet.ReviewRegion(option.Benefit.RegionCode), claimant.Id,
            claimant.Name, current.Id!.Value, option.Period, option.Part,
            option.Eligibility.Conditions.Select(c => new ClaimCondition(c.Label, c.Met, c.Verified, c.Evidence, c.ProofSource)).ToList(),
            option.Eligibility.Inputs, option.Amount!.Value, clock.Today, now);
        db.BenefitApplications.Add(application);
        foreach (var file in files)
            db.BenefitEvidence.Add(new BenefitEvidence(application, file.Condition, Path.GetFileName(file.FileName), EvidenceFile.ContentType(file.Content)!,
                file.Content, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same claim submitted twice at once (a double tap): the first stands.
            db.ChangeTracker.Clear();
            return new Error("benefits.blocked", text["Blocked_Pending"]);
        }
        return application;
    }

    /// <summary>Approves a claim in the officer's scope at the version they saw: grants its halves (the database refuses a half already
    /// granted), and tells the claimant the amount.</summary>
    public async Task<Result<BenefitApplication>> ApproveAsync(Guid applicationId, int version, CancellationToken cancellationToken)
    {
        var found = await UndecidedAsync(applicationId, version, cancellationToken);
        if (found.IsError) return found;
        var application = found.Value!;
        var now = clock.UtcNow;
        application.Approve(current.Id!.Value, now);
        var halves = application.Part switch
        {
            ClaimPart.FirstHalf => [(1, application.Amount)],
            ClaimPart.SecondHalf => [(2, application.Amount)],
            _ => new[] { (1, Half(application.Amount)), (2, application.Amount - Half(application.Amount)) },
        };
        foreach (var (half, amount) in halves) db.BenefitGrants.Add(new BenefitGrant(application, half, amount, now));
        await notifier.NotifyAsync(application.ApplicantUserId, NotificationKinds.BenefitClaimApproved,
            [application.BenefitName, MessageValues.Yuan(application.Amount)], $"/Benefits/Claim?id={application.Id}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Invalid("benefits.stale", "Error_Stale", null);
        }
        catch (DbUpdateException)
        {
            // The unique grant: this half of the period was granted to the claimant by another approval, maybe at this very moment.
            db.ChangeTracker.Clear();
            return Invalid("benefits.granted", "Error_AlreadyGranted", null);
        }
        return application;
    }

    public async Task<Result<BenefitApplication>> RejectAsync(Guid applicationId, int version, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReason) return Invalid("benefits.reason", "Error_Reason", "Reason", MaxReason);
        var found = await UndecidedAsync(applicationId, version, cancellationToken);
        if (found.IsError) return found;
        var application = found.Value!;
        application.Reject(current.Id!.Value, reason, clock.UtcNow);
        await notifier.NotifyAsync(application.ApplicantUserId, NotificationKinds.BenefitClaimRejected, [application.BenefitName, reason.Trim()],
            $"/Benefits/Claim?id={application.Id}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Invalid("benefits.stale", "Error_Stale", null);
        }
        return application;
    }

    /// <summary>A claim of the officer's scope still under review, at the version they saw.</summary>
    private async Task<Result<BenefitApplication>> UndecidedAsync(Guid applicationId, int version, CancellationToken cancellationToken)
    {
        var application = await db.BenefitApplications.FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null) return Invalid("benefits.not_found", "Error_NotFound", null);
        if (application.Status != ApplicationStatus.Submitted) return Invalid("benefits.decided", "Error_Decided", null);
        return application.Version != version ? Invalid("benefits.stale", "Error_Stale", null) : application;
    }

    /// <summary>A claim as its claimant (their own) or an officer of its review region sees it; null otherwise.</summary>
    public async Task<BenefitApplication?> ViewAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        if (current.IsInRole(Roles.Officer))
            return await db.BenefitApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        var me = await MeAsync(cancellationToken);
        return me is null ? null : await db.BenefitApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == applicationId && a.ClaimantId == me.Id, cancellationToken);
    }

    /// <summary>The claimant's claims, newest first.</summary>
    public Task<List<BenefitApplication>> MineAsync(Claimant claimant, CancellationToken cancellationToken) =>
        db.BenefitApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(a => a.ClaimantId == claimant.Id)
            .OrderByDescending(a => a.AppliedAtUtc).Take(200).ToListAsync(cancellationToken);

    /// <summary>The evidence of a claim without its content.</summary>
    public Task<List<(Guid Id, int Condition, string FileName)>> EvidenceListAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.BenefitEvidence.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => e.ApplicationId == applicationId)
            .OrderBy(e => e.Condition).Select(e => new ValueTuple<Guid, int, string>(e.Id, e.Condition, e.FileName)).ToListAsync(cancellationToken);

    /// <summary>A file of a claim the caller may see (<see cref="ViewAsync"/>).</summary>
    public async Task<BenefitEvidence?> EvidenceAsync(Guid applicationId, Guid evidenceId, CancellationToken cancellationToken) =>
        await ViewAsync(applicationId, cancellationToken) is null ? null
            : await db.BenefitEvidence.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .FirstOrDefaultAsync(e => e.Id == evidenceId && e.ApplicationId == applicationId, cancellationToken);

    private Error Invalid(string code, string key, string? field, params object[] arguments) => new(code, text[key, arguments], field);
}
