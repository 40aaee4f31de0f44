using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>
/// Working with ambassadors (AMB-09, AMB-10, AMB-11): referrals through their links and what came of them, contributions,
/// the yearly scoring and ranking by the weights on file, letters of thanks and appreciation, and rewards approved by a
/// second officer.
/// </summary>
public sealed class AmbassadorWork(YincaiDb db, JobReferrals jobs, AmbassadorEvents events, TalentEnrolment talents, RegionDirectory regions,
    AmbassadorDocuments documents, Notifier notifier, CurrentUser current, ChinaClock clock)
{
    private DateTime Now => clock.UtcNow;
    private DateOnly Today => clock.Today;

    /// <summary>Records that someone followed an active ambassador's link; null when the code is unknown or not serving.</summary>
    public async Task<Guid?> RecordReferralAsync(string code, ReferralTarget target, Guid targetId, Guid? userId, CancellationToken cancellationToken)
    {
        // A public link: the ambassador is found by code whatever the visitor's scope; only the id and city are read.
        var ambassador = await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(a => a.ReferralCode == code && a.Status == AmbassadorStatus.Active).Select(a => new { a.Id, a.RegionCode })
            .FirstOrDefaultAsync(cancellationToken);
        if (ambassador is null) return null;
        if (userId is { } user && await db.AmbassadorReferrals.IgnoreQueryFilters([YincaiDb.RegionFilter])
                .Where(r => r.AmbassadorId == ambassador.Id && r.TargetId == targetId && r.UserId == user).Select(r => (Guid?)r.Id)
                .FirstOrDefaultAsync(cancellationToken) is { } known)
            return known;
        var referral = new Referral(ambassador.Id, ambassador.RegionCode, target, targetId, userId, Now);
        db.AmbassadorReferrals.Add(referral);
        await db.SaveChangesAsync(cancellationToken);
        return referral.Id;
    }

    /// <summary>Gives an anonymous visit to the talent who signed in afterwards in the same browser (once; a visit already
    /// known stays with its visitor).</summary>
    public async Task ClaimReferralAsync(Guid referralId, Guid userId, CancellationToken cancellationToken)
    {
        // The visitor's own trace, reached by the id in their cookie, not through an officer's scope.
        var referral = await db.AmbassadorReferrals.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        if (referral is null || referral.UserId is not null) return;
        if (await db.AmbassadorReferrals.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(r => r.AmbassadorId == referral.AmbassadorId
                && r.TargetId == referral.TargetId && r.UserId == userId, cancellationToken))
            return;
        referral.ClaimBy(userId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Counts what the ambassador's links brought in <paramref name="year"/> (all years when null).</summary>
    public async Task<ReferralCounts> ReferralsAsync(Guid ambassadorId, int? year, CancellationToken cancellationToken) =>
        (await ReferralsAsync(db.AmbassadorReferrals.AsNoTracking().Where(r => r.AmbassadorId == ambassadorId), year, cancellationToken))
            .GetValueOrDefault(ambassadorId, ReferralCounts.None);

    /// <summary>What each ambassador's links brought in <paramref name="year"/>: three queries whatever the number of
    /// ambassadors (the referrals, then their applications and registrations); ambassadors without referrals are absent.</summary>
    private async Task<Dictionary<Guid, ReferralCounts>> ReferralsAsync(IQueryable<Referral> query, int? year, CancellationToken cancellationToken)
    {
        if (year is { } y)
        {
            var (from, to) = (ChinaClock.StartOfYearUtc(y), ChinaClock.StartOfYearUtc(y + 1));
            query = query.Where(r => r.AtUtc >= from && r.AtUtc < to);
        }
        var referrals = await query.Select(r => new { r.AmbassadorId, r.Target, r.TargetId, r.UserId }).ToListAsync(cancellationToken);
        var known = referrals.Where(r => r.UserId is not null).Select(r => (r.AmbassadorId, r.Target, Pair: (r.UserId!.Value, r.TargetId))).Distinct().ToList();
        var outcomes = await jobs.OutcomesAsync(known.Where(r => r.Target == ReferralTarget.Job).Select(r => r.Pair).ToList(), cancellationToken);
        var registered = await events.RegistrationsAsync(known.Where(r => r.Target == ReferralTarget.Event).Select(r => r.Pair).ToList(), cancellationToken);
        var byAmbassador = known.ToLookup(r => r.AmbassadorId);
        return referrals.CountBy(r => r.AmbassadorId).ToDictionary(v => v.Key, v =>
        {
            var own = byAmbassador[v.Key].ToList();
            return new ReferralCounts(v.Value, own.Count(r => r.Target == ReferralTarget.Event && registered.Contains(r.Pair)),
                own.Count(r => r.Target == ReferralTarget.Job && outcomes.ContainsKey(r.Pair)),
                own.Count(r => r.Target == ReferralTarget.Job && outcomes.GetValueOrDefault(r.Pair)));
        });
    }

    public async Task<Result> RecordContributionAsync(Guid ambassadorId, ContributionKind kind, DateOnly on, int quantity, string description,
        string? evidence, bool bySelf, CancellationToken cancellationToken)
    {
        if (kind >= ContributionKind.ReferralRegistration || !Enum.IsDefined(kind)) return AmbassadorErrors.BadContribution;
        if (quantity is < 1 or > 10_000 || string.IsNullOrWhiteSpace(description) || on > Today) return AmbassadorErrors.BadContribution;
        var ambassador = bySelf
            ? await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(a => a.Id == ambassadorId, cancellationToken)
            : await db.FindInScopeAsync<Ambassador>(ambassadorId, cancellationToken);
        if (ambassador is null || current.Id is not { } userId) return AmbassadorErrors.NotFound;
        db.AmbassadorContributions.Add(new Contribution(ambassador.Id, ambassador.RegionCode, kind, on, quantity, description.Trim(),
            string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim(), userId, bySelf, Now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>
    /// Scores every ambassador of the officer's scope who served in <paramref name="year"/>: the contributions of the year and
    /// the referral outcomes, each times its weight on file (AMB-10). Saved, so the ranking stays as scored.
    /// </summary>
    public async Task<int> ScoreYearAsync(int year, CancellationToken cancellationToken)
    {
        if (current.Id is not { } officerId) return 0;
        var weights = await db.ContributionWeights.AsNoTracking().ToDictionaryAsync(w => w.Kind, w => w.Points, cancellationToken);
        int Weight(ContributionKind kind) => weights.GetValueOrDefault(kind);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var ambassadors = await db.Ambassadors.AsNoTracking().Where(a => a.Status != AmbassadorStatus.Candidate)
            .Select(a => new { a.Id, a.RegionCode }).ToListAsync(cancellationToken);
        var ids = ambassadors.Select(a => a.Id).ToList();
        var contributions = (await db.AmbassadorContributions.AsNoTracking().Where(c => ids.Contains(c.AmbassadorId) && c.On >= from && c.On <= to)
            .Select(c => new { c.AmbassadorId, c.Kind, c.Quantity }).ToListAsync(cancellationToken)).ToLookup(c => c.AmbassadorId);
        var existing = await db.AmbassadorEvaluations.Where(e => e.Year == year && ids.Contains(e.AmbassadorId))
            .ToDictionaryAsync(e => e.AmbassadorId, cancellationToken);
        // The scope's referrals (the region filter applies), not one query per ambassador.
        var referralCounts = await ReferralsAsync(db.AmbassadorReferrals.AsNoTracking(), year, cancellationToken);
        foreach (var a in ambassadors)
        {
            var own = contributions[a.Id].ToList();
            var referrals = referralCounts.GetValueOrDefault(a.Id, ReferralCounts.None);
            var score = own.Sum(c => c.Quantity * Weight(c.Kind))
                + referrals.Registrations * Weight(ContributionKind.ReferralRegistration)
                + referrals.Applications * Weight(ContributionKind.ReferralApplication)
                + referrals.Hires * Weight(ContributionKind.ReferralHire);
            if (!existing.TryGetValue(a.Id, out var evaluation))
            {
                evaluation = new Evaluation(a.Id, a.RegionCode, year);
                db.AmbassadorEvaluations.Add(evaluation);
            }
            evaluation.Set(score, own.Sum(c => c.Quantity), referrals.Registrations + referrals.Applications + referrals.Hires, officerId, Now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return ambassadors.Count;
    }

    /// <summary>The year's scored ambassadors of the scope, best first; equal scores share a rank.</summary>
    public async Task<IReadOnlyList<RankedAmbassador>> RankingAsync(int year, CancellationToken cancellationToken)
    {
        var rows = await db.AmbassadorEvaluations.AsNoTracking().Where(e => e.Year == year)
            .Join(db.Ambassadors.AsNoTracking(), e => e.AmbassadorId, a => a.Id,
                (e, a) => new { e.AmbassadorId, a.FullName, a.RegionCode, a.SchoolName, e.Score, e.Contributions, e.Referrals })
            .OrderByDescending(r => r.Score).ThenBy(r => r.FullName).Take(500).ToListAsync(cancellationToken);
        var ranked = new List<RankedAmbassador>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i].Score == rows[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            var r = rows[i];
            ranked.Add(new RankedAmbassador(rank, r.AmbassadorId, r.FullName, r.RegionCode, r.SchoolName, r.Score, r.Contributions, r.Referrals));
        }
        return ranked;
    }

    /// <summary>Sends a letter (AMB-10); on a normal exit the thank-you letter goes out in the province's name with the recommending
    /// city (AMB-11) and clears the prompt. The holder is told in the inbox.</summary>
    public async Task<Result<Letter>> SendLetterAsync(Guid ambassadorId, LetterKind kind, string? note, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(ambassadorId, cancellationToken) is not { } ambassador || current.Id is not { } officerId)
            return AmbassadorErrors.NotFound;
        var onExit = kind == LetterKind.Thanks && ambassador.ThanksLetterDue;
        var names = await regions.NamesAsync([ambassador.ProvinceCode, ambassador.RegionCode], cancellationToken);
        var body = (onExit ? AmbassadorTexts.Get("Letter_ExitBody", names.GetValueOrDefault(ambassador.ProvinceCode) ?? "")
            : AmbassadorTexts.Get(kind == LetterKind.Thanks ? "Letter_ThanksBody" : "Letter_AppreciationBody"))
            + (string.IsNullOrWhiteSpace(note) ? "" : "\n" + note.Trim());
        var letter = new Letter(ambassador.Id, ambassador.RegionCode, kind, body.Length > 2000 ? body[..2000] : body, onExit, officerId, Today);
        db.AmbassadorLetters.Add(letter);
        if (onExit) ambassador.ThanksLetterSent();
        var accounts = await talents.AccountsAsync([ambassador.TalentId], cancellationToken);
        if (accounts.TryGetValue(ambassador.TalentId, out var userId))
            await notifier.NotifyAsync(userId, kind == LetterKind.Thanks ? NotificationKinds.AmbassadorThanksLetter : NotificationKinds.AmbassadorAppreciationLetter,
                [], "/Ambassadors/Mine", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return letter;
    }

    /// <summary>The letter as a PDF, in the province's name, with the recommending city under the signature.</summary>
    public async Task<(byte[] Pdf, string FileName)> LetterPdfAsync(Letter letter, Ambassador ambassador, CancellationToken cancellationToken)
    {
        var names = await regions.NamesAsync([ambassador.ProvinceCode, ambassador.RegionCode], cancellationToken);
        var province = names.GetValueOrDefault(ambassador.ProvinceCode) ?? "";
        var city = names.GetValueOrDefault(ambassador.RegionCode) ?? "";
        var sheet = new LetterSheet(letter.Kind == LetterKind.Thanks ? "感 谢 信" : "慰 问 信", $"亲爱的{ambassador.FullName}同学（老师）：", letter.Body,
            province + "人力资源和社会保障厅", city + "人力资源和社会保障局", letter.On);
        return (documents.Letter(sheet), $"letter-{letter.On:yyyyMMdd}-{letter.Id.ToString("N")[..8]}.pdf");
    }

    /// <summary>The certificate as a PDF with the QR code of its public verification page.</summary>
    public async Task<(byte[] Pdf, string FileName)> CertificatePdfAsync(AmbassadorCertificate certificate, Ambassador ambassador, string baseUrl,
        CancellationToken cancellationToken)
    {
        var names = await regions.NamesAsync([ambassador.ProvinceCode, ambassador.RegionCode], cancellationToken);
        var sheet = new CertificateSheet(names.GetValueOrDefault(ambassador.ProvinceCode) ?? "", ambassador.FullName,
            names.GetValueOrDefault(ambassador.RegionCode) ?? "", ambassador.SchoolName, certificate.Number, certificate.IssuedOn, certificate.ExpiresOn,
            baseUrl.TrimEnd('/') + "/Ambassadors/Verify?code=" + certificate.VerificationCode);
        return (documents.Certificate(sheet), $"certificate-{certificate.Number}.pdf");
    }

    public async Task<Result> ProposeRewardAsync(Guid ambassadorId, long amountFen, string reason, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(ambassadorId, cancellationToken) is not { } ambassador || current.Id is not { } officerId)
            return AmbassadorErrors.NotFound;
        if (amountFen is <= 0 or > 100_000_000 || string.IsNullOrWhiteSpace(reason)) return AmbassadorErrors.BadReward;
        db.AmbassadorRewards.Add(new Reward(ambassador.Id, ambassador.RegionCode, amountFen, reason.Trim(), Today.Year, officerId, Now));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> DecideRewardAsync(Guid rewardId, bool approve, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Reward>(rewardId, cancellationToken) is not { } reward || current.Id is not { } officerId)
            return AmbassadorErrors.NotFound;
        var result = reward.Decide(approve, officerId, Now);
        if (result.IsError) return result;
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
