using Yincai.Modules.Benefits.Rules;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Benefits.Facts;

/// <summary>
/// Gathers claimants' facts from the records of the modules that keep them, and marks what those records prove: the degree and year
/// from a university's list, the age from the ID number, employment and work place from a hire on the platform or the real-name
/// database, the business's age from its registration, interns and retention from internship records. What the talent only
/// declared (household, returnee, a job found elsewhere) is used but not proven: a condition over it asks for evidence.
/// </summary>
public sealed class ClaimantFacts(TalentFactSource talents, GraduateProofs graduates, TalentHires hires, EmployerDirectory employers,
    MinimumWages wages)
{
    public async Task<FactSheet?> ForTalentAsync(Guid talentId, DateOnly on, CancellationToken cancellationToken) =>
        await talents.OfIdAsync(talentId, cancellationToken) is { } row ? (await TalentsAsync([row], on, cancellationToken))[0] : null;

    /// <summary>Sheets for a page of talents, with two look-ups for the page (lists, hires) rather than per person.</summary>
    public async Task<List<FactSheet>> TalentsAsync(IReadOnlyList<TalentFactRow> rows, DateOnly on, CancellationToken cancellationToken)
    {
        var listed = await graduates.ListedAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var employedUsers = rows.Where(r => r.Employment == EmploymentStatus.Employed && r.UserId is not null).Select(r => r.UserId!.Value).ToList();
        var hired = employedUsers.Count == 0 ? [] : await hires.LatestAsync(employedUsers, cancellationToken);
        return rows.Select(r => Talent(r, on, listed.GetValueOrDefault(r.Id), hired.GetValueOrDefault(r.Id))).ToList();
    }

    public static FactSheet Talent(TalentFactRow row, DateOnly on, ListedGraduate? listed, TalentHire? hire)
    {
        var values = new Dictionary<string, object?>();
        var proofs = new Dictionary<string, string>();
        values["Degree"] = (int)row.Degree;
        var graduated = listed?.CohortYear ?? row.GraduationYear;
        values["YearsSinceGraduation"] = graduated is { } year ? Math.Max(0, on.Year - year) : 99;
        if (listed is not null) proofs["Degree"] = proofs["YearsSinceGraduation"] = ProofSource.UniversityList;
        values["Age"] = row.BirthDate is { } born ? ResidentIdNumber.AgeOn(born, on) : 0;
        if (row.BirthDate is not null) proofs["Age"] = ProofSource.IdNumber;
        values["HouseholdRegion"] = row.RegionCode;

        var employed = row.Employment == EmploymentStatus.Employed;
        values["Employed"] = employed;
        values["MonthsEmployed"] = employed && row.EmploymentChangedAtUtc is { } since ? MonthsBetween(ChinaClock.DateOf(since), on) : 0;
        var employmentProof = !employed ? null
            : row.EmploymentSource == EmploymentSource.Hire && hire is not null ? ProofSource.Hire
            : row.EmploymentSource is EmploymentSource.Officer or EmploymentSource.Import ? ProofSource.RealNameDatabase
            : null;
        if (employmentProof is not null) proofs["Employed"] = proofs["MonthsEmployed"] = employmentProof;
        // Where they work: the hiring job's region is the employer's word; otherwise where they said they live and work.
        var work = employed && hire is not null && employmentProof == ProofSource.Hire ? hire.RegionCode : row.CurrentRegionCode;
        values["WorkRegion"] = work;
        if (employed && hire is not null && employmentProof == ProofSource.Hire) proofs["WorkRegion"] = ProofSource.Hire;

        values["UnemployedGraduate"] = row.Categories.HasFlag(TalentCategory.UnemployedGraduate);
        proofs["UnemployedGraduate"] = ProofSource.RealNameDatabase; // set and cleared only by the real-name database
        values["Returnee"] = row.Categories.HasFlag(TalentCategory.OverseasReturnee);
        return new FactSheet(BenefitClaimant.Talent, row.Id, row.UserId, row.FullName, row.RegionCode, work, values, proofs);
    }

    /// <summary>An employer's facts on a date; with <paramref name="intake"/>, those of its interns of that year too.</summary>
    public async Task<FactSheet?> ForEmployerAsync(Guid employerId, DateOnly on, int? intake, CancellationToken cancellationToken)
    {
        if (await employers.FactsAsync(employerId, cancellationToken) is not { Status: EmployerStatus.Verified } row) return null;
        return await EmployerAsync(row, on, intake, cancellationToken);
    }

    public async Task<FactSheet> EmployerAsync(EmployerFactRow row, DateOnly on, int? intake, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>
        {
            ["EmployerRegion"] = row.RegionCode,
            ["MonthsInBusiness"] = MonthsBetween(ChinaClock.DateOf(row.RegisteredAtUtc), on),
        };
        var proofs = new Dictionary<string, string> { ["EmployerRegion"] = ProofSource.Registration, ["MonthsInBusiness"] = ProofSource.Registration };
        if (await wages.InForceAsync(row.RegionCode, on, cancellationToken) is { } wage)
            (values["MinimumWage"], proofs["MinimumWage"]) = (wage.Monthly, ProofSource.MinimumWage);
        if (intake is { } year)
        {
            var interns = await graduates.InternsAsync(row.Id, year, cancellationToken);
            // One look-up for the whole intake: each day is paid at the step in force on it, whoever served it.
            var steps = interns.Count == 0 ? []
                : await wages.StepsAsync(row.RegionCode, interns.Min(i => i.StartOn), interns.Max(i => InternshipPay.LastDay(i, on)), cancellationToken);
            if (InternshipPay.Sum(interns, on, steps) is { } sum)
            {
                values["Interns"] = sum.Interns;
                values["InternsOngoing"] = sum.Ongoing;
                values["InternMonths"] = sum.Months;
                values["RetentionRate"] = sum.RetentionRate;
                values["MinimumWageMonths"] = sum.WageMonths;
                foreach (var fact in RuleFacts.Intake) proofs[fact] = ProofSource.Internships;
            }
        }
        return new FactSheet(BenefitClaimant.Employer, row.Id, null, row.Name, row.RegionCode, row.RegionCode, values, proofs, intake);
    }

    /// <summary>Sample claimants for a dry run of new rules: real records, the first <paramref name="count"/> of each kind.</summary>
    public async Task<List<IReadOnlyDictionary<string, object?>>> SamplesAsync(BenefitClaimant claimant, DateOnly on, int count,
        CancellationToken cancellationToken)
    {
        if (claimant == BenefitClaimant.Talent)
            return (await TalentsAsync(await talents.PageAsync(null, count, null, cancellationToken), on, cancellationToken)).Select(s => s.Values).ToList();
        var samples = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var row in await employers.VerifiedPageAsync(null, count, cancellationToken))
        {
            var intake = (await graduates.IntakesOfHostAsync(row.Id, cancellationToken)).FirstOrDefault();
            samples.Add((await EmployerAsync(row, on, intake == 0 ? null : intake, cancellationToken)).Values);
        }
        return samples;
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="on"/>: 6 from 15 January on 15 July, 5 on 14 July.</summary>
    public static int MonthsBetween(DateOnly from, DateOnly on)
    {
        if (on < from) return 0;
        var months = (on.Year - from.Year) * 12 + on.Month - from.Month;
        return from.AddMonths(months) > on ? months - 1 : months;
    }
}
