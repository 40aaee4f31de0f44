namespace Yincai.Modules.Stations;

/// <summary>The services a station or home offers (STN-10, RET-08); their names are resources (Service_&lt;key&gt;).</summary>
public static class StationServices
{
    public const string Referral = "referral";
    public const string Lodging = "lodging";
    public const string Policy = "policy";
    public const string Startup = "startup";
    public const string Public = "public";
    public const string Matching = "matching";
    public const string Networking = "networking";

    public static readonly IReadOnlyList<string> All = [Referral, Lodging, Policy, Startup, Public, Matching, Networking];
}
