namespace Yincai.Platform;

/// <summary>
/// A record that belongs to one region (GB/T 2260 code). YincaiDb filters every query on such a record by
/// the current staff member's scope and refuses to save one outside it, so no page or endpoint can forget.
/// </summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}
