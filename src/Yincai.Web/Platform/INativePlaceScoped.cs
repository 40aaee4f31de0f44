namespace Yincai.Platform;

/// <summary>
/// A person record that officers of the region the person comes from (籍贯) may also read, not only those of the
/// household region: the province keeps a database of its natives studying or working anywhere (ENT-03).
/// Writes stay with the household region's officers (the scope check on save looks at RegionCode only).
/// </summary>
public interface INativePlaceScoped : IRegionScoped
{
    string? NativePlaceCode { get; }
}
