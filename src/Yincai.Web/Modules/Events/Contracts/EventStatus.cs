namespace Yincai.Modules.Events.Contracts;

public enum EventStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Published = 4,
    Finished = 5,
    Cancelled = 6,
}
