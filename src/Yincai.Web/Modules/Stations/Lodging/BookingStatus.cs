namespace Yincai.Modules.Stations.Lodging;

public enum BookingStatus
{
    Booked = 1,
    CheckedIn = 2,
    CheckedOut = 3,
    Cancelled = 4,
}
