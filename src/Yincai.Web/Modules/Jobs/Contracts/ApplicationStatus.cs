namespace Yincai.Modules.Jobs.Contracts;

public enum ApplicationStatus
{
    Submitted = 1,
    Viewed = 2,
    Interview = 3,
    Offer = 4,
    Hired = 5,
    Rejected = 6,
}
