using System.Text.Json;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Claims;

public enum ApplicationStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
    Paid = 4,
}

/// <summary>Which part of the amount a claim asks for (GRD-11's start-up subsidy is paid in two halves or whole).</summary>
public enum ClaimPart
{
    Whole = 0,
    FirstHalf = 1,
    SecondHalf = 2,
}

/// <summary>One condition as it stood when the claim was made: met, verified from records (no upload) or proven by the evidence
/// uploaded for it.</summary>
public sealed record ClaimCondition(string Label, bool Met, bool Verified, string? Evidence, string? ProofSource);

/// <summary>One input of the amount formula, as it was.</summary>
public sealed record ClaimInput(string Fact, string Value, string? ProofSource);

/// <summary>
/// A claim of a benefit (申领): judged on the rules in force on its date over the facts of that day, which it keeps with the amount
/// and its inputs, so that the officer who reviews it and the claimant who reads it see the same figures. Reviewed in the region where
/// the claimant works or lives within the benefit's region; approved (which grants it: see <see cref="BenefitGrant"/>) or rejected
/// with a reason; paid through a payment batch.
/// </summary>
public sealed class BenefitApplication : IRegionScoped
{
    private BenefitApplication() { }

    public BenefitApplication(Benefit benefit, BenefitRules rules, string regionCode, Guid claimantId, string claimantName, Guid applicantUserId,
        string period, ClaimPart part, IReadOnlyList<ClaimCondition> conditions, IReadOnlyList<ClaimInput> inputs, decimal amount, DateOnly on,
        DateTime nowUtc)
    {
        Id = Ids.New();
        (BenefitId, BenefitName, RulesId, RulesNumber, Claimant, RegionCode, ClaimantId, ClaimantName, ApplicantUserId, Period, Part) =
            (benefit.Id, benefit.Name, rules.Id, rules.Number, benefit.Claimant, regionCode, claimantId, claimantName, applicantUserId, period, part);
        (Amount, AppliedOn, AppliedAtUtc, Status) = (amount, on, nowUtc, ApplicationStatus.Submitted);
        ConditionsJson = JsonSerializer.Serialize(conditions);
        InputsJson = JsonSerializer.Serialize(inputs);
    }

    public Guid Id { get; private set; }
    public Guid BenefitId { get; private set; }
    public string BenefitName { get; private set; } = "";
    public Guid RulesId { get; private set; }
    public int RulesNumber { get; private set; }
    public BenefitClaimant Claimant { get; private set; }

    /// <summary>Where it is reviewed (see the class).</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>The talent or the employer.</summary>
    public Guid ClaimantId { get; private set; }
    public string ClaimantName { get; private set; } = "";
    public Guid ApplicantUserId { get; private set; }

    /// <summary>What the benefit's frequency counts: "once", the year ("2026"), or the intake ("intake-2025").</summary>
    public string Period { get; private set; } = "";
    public ClaimPart Part { get; private set; }
    public string ConditionsJson { get; private set; } = "[]";
    public string InputsJson { get; private set; } = "[]";
    public decimal Amount { get; private set; }
    public DateOnly AppliedOn { get; private set; }
    public DateTime AppliedAtUtc { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? BatchId { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<ClaimCondition> Conditions => JsonSerializer.Deserialize<List<ClaimCondition>>(ConditionsJson) ?? [];
    public IReadOnlyList<ClaimInput> Inputs => JsonSerializer.Deserialize<List<ClaimInput>>(InputsJson) ?? [];

    public void Approve(Guid officerId, DateTime nowUtc)
    {
        (Status, ReviewedBy, ReviewedAtUtc) = (ApplicationStatus.Approved, officerId, nowUtc);
        Version++;
    }

    public void Reject(Guid officerId, string reason, DateTime nowUtc)
    {
        (Status, ReviewedBy, ReviewedAtUtc, RejectionReason) = (ApplicationStatus.Rejected, officerId, nowUtc, reason.Trim());
        Version++;
    }

    public void AddToBatch(Guid batchId)
    {
        BatchId = batchId;
        Version++;
    }

    public void MarkPaid(DateOnly on)
    {
        (Status, PaidOn) = (ApplicationStatus.Paid, on);
        Version++;
    }
}

/// <summary>
/// What an approval gave: one row per benefit, claimant, period and half (a whole amount takes both halves), unique in the
/// database, so that no benefit is granted beyond its limit even when two officers approve two claims at the same moment.
/// </summary>
public sealed class BenefitGrant : IRegionScoped
{
    private BenefitGrant() { }

    public BenefitGrant(BenefitApplication application, int half, decimal amount, DateTime nowUtc)
    {
        Id = Ids.New();
        (BenefitId, ClaimantId, Period, Half, ApplicationId, RegionCode, Amount, GrantedAtUtc) =
            (application.BenefitId, application.ClaimantId, application.Period, half, application.Id, application.RegionCode, amount, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid BenefitId { get; private set; }
    public Guid ClaimantId { get; private set; }
    public string Period { get; private set; } = "";

    /// <summary>1 or 2: a claim of the whole takes both.</summary>
    public int Half { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateTime GrantedAtUtc { get; private set; }
}

/// <summary>A file a claimant uploaded for a condition the platform could not prove.</summary>
public sealed class BenefitEvidence : IRegionScoped
{
    private BenefitEvidence() { }

    public BenefitEvidence(BenefitApplication application, int condition, string fileName, string contentType, byte[] content, DateTime nowUtc)
    {
        Id = Ids.New();
        (ApplicationId, RegionCode, Condition, FileName, ContentType, Content, UploadedAtUtc) =
            (application.Id, application.RegionCode, condition, fileName, contentType, content, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public string RegionCode { get; private set; } = "";

    /// <summary>The condition's number in the application's list, from 0.</summary>
    public int Condition { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTime UploadedAtUtc { get; private set; }
}

/// <summary>
/// Approved claims put together for the finance system (a payment instruction exported to Excel), then marked paid together.
/// </summary>
public sealed class PaymentBatch : IRegionScoped
{
    private PaymentBatch() { }

    public PaymentBatch(string regionCode, string number, int count, decimal total, Guid createdBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (RegionCode, Number, Count, Total, CreatedBy, CreatedAtUtc) = (regionCode, number, count, total, createdBy, nowUtc);
    }

    public Guid Id { get; private set; }
    public string RegionCode { get; private set; } = "";

    /// <summary>ZF-370200-20261204-01: region, day and the day's sequence.</summary>
    public string Number { get; private set; } = "";
    public int Count { get; private set; }
    public decimal Total { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public Guid? PaidBy { get; private set; }
    public int Version { get; private set; }

    public void MarkPaid(DateOnly on, Guid officerId)
    {
        (PaidOn, PaidBy) = (on, officerId);
        Version++;
    }
}
