using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>One step of a help plan: what the officer will do by when, and when it was done with what result.</summary>
public sealed class HelpStep : IRegionScoped
{
    private HelpStep() { }

    public HelpStep(HelpPlan plan, DateOnly dueOn, string action, DateTime nowUtc)
    {
        Id = Ids.New();
        (PlanId, RegionCode, DueOn, Action, CreatedAtUtc) = (plan.Id, plan.RegionCode, dueOn, action.Trim(), nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public string Action { get; private set; } = "";
    public DateOnly? DoneOn { get; private set; }
    public string? Result { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public bool IsOverdue(DateOnly today) => DoneOn is null && today > DueOn;

    public Platform.Result Done(DateOnly on, string result, DateOnly today)
    {
        if (DoneOn is not null) return GraduateErrors.StepDone;
        if (on > today) return GraduateErrors.StepInFuture;
        (DoneOn, Result) = (on, result.Trim());
        return Platform.Result.Ok();
    }
}
