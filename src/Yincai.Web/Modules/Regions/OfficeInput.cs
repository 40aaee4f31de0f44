using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Regions;

/// <summary>What an officer may set on an office: never its id or version.</summary>
public sealed record OfficeInput(
    [property: Required, StringLength(6, MinimumLength = 6)] string RegionCode,
    [property: Required, StringLength(100)] string Name,
    [property: Required, StringLength(200)] string Address,
    [property: Required, StringLength(40)] string Phone,
    [property: Required, StringLength(100)] string OpeningHours)
{
    public static OfficeInput Example { get; } = new("370102", "历下区公共就业和人才服务中心", "济南市历下区文化东路 1 号", "0531-86000000", "工作日 9:00–17:00");
}
