using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Filing;

/// <summary>
/// A city's filing of new and exited ambassadors with the province (备案): draft → submitted → decided. It is built for the
/// next deadline; submitted after it, it is marked late and still taken (AMB-15).
/// </summary>
public sealed class FilingBatch : IRegionScoped
{
    private FilingBatch() { }

    public FilingBatch(string cityCode, DateOnly dueOn, Guid createdBy, DateTime nowUtc)
    {
        Id = Ids.New();
        (RegionCode, DueOn, CreatedBy, CreatedAtUtc, Status) = (cityCode, dueOn, createdBy, nowUtc, FilingBatchStatus.Draft);
    }

    public Guid Id { get; private set; }
    public string RegionCode { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public FilingBatchStatus Status { get; private set; }
    public bool IsLate { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public int Version { get; private set; }

    public Result Submit(DateOnly today, DateTime nowUtc)
    {
        if (Status != FilingBatchStatus.Draft) return AmbassadorErrors.BatchNotDraft;
        (Status, SubmittedAtUtc, IsLate) = (FilingBatchStatus.Submitted, nowUtc, FilingDeadlines.IsLate(DueOn, today));
        Version++;
        return Result.Ok();
    }

    public void MarkDecided(DateTime nowUtc)
    {
        (Status, DecidedAtUtc) = (FilingBatchStatus.Decided, nowUtc);
        Version++;
    }

    public void Touch() => Version++;
}
