using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>An employer's booth at an event and the published jobs it brings.</summary>
public sealed class EventBooth : IFeedsChanges
{
    private EventBooth() { }

    public EventBooth(Guid eventId, Guid employerId, string employerName, Guid bookedBy, IEnumerable<Guid> jobIds, DateTime nowUtc)
    {
        Id = Ids.New();
        (EventId, EmployerId, EmployerName, BookedBy, CreatedAtUtc) = (eventId, employerId, employerName, bookedBy, nowUtc);
        JobIds = [.. jobIds];
    }

    public Guid Id { get; private set; }
    public Guid EventId { get; private set; }
    public Guid EmployerId { get; private set; }
    public string EmployerName { get; private set; } = "";
    public Guid BookedBy { get; private set; }
    public List<Guid> JobIds { get; private set; } = [];
    public DateTime CreatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void ChangeJobs(IEnumerable<Guid> jobIds)
    {
        JobIds = [.. jobIds];
        Version++;
    }
}
