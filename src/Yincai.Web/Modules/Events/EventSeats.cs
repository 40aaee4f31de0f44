namespace Yincai.Modules.Events;

/// <summary>
/// The seat and booth counters of one event. Every registration, cancellation and booking updates this row first, with a
/// conditional UPDATE (… WHERE taken &lt; capacity): the row lock (PostgreSQL) or the write lock (SQLite) serialises them,
/// so seats never exceed capacity and waiting-list numbers follow the order of arrival.
/// </summary>
public sealed class EventSeats
{
    private EventSeats() { }

    public EventSeats(Guid eventId, int capacity, int booths) => (EventId, Capacity, Booths) = (eventId, capacity, booths);

    public Guid EventId { get; private set; }
    public int Capacity { get; private set; }
    public int Taken { get; private set; }

    /// <summary>Registration numbers handed out so far, seat or waiting list: the next one is Issued + 1.</summary>
    public int Issued { get; private set; }

    public int Booths { get; private set; }
    public int BoothsTaken { get; private set; }
}
