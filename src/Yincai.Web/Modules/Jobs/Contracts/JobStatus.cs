namespace Yincai.Modules.Jobs.Contracts;

public enum JobStatus
{
    Draft = 1,
    PendingReview = 2,
    Published = 3,
    Rejected = 4,
    Closed = 5,
}
