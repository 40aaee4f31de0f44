using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Regions;

/// <summary>What an officer may set on an office: never its id or version.</summary>
public sealed record OfficeInput(
    [property: Required, StringLength(6, MinimumLength = 6)] string RegionCode,
    [property: Required, StringLength(100)] string Name,
    [property: Required, StringLength(200)] string Address,
    [property: Required, StringLength(40)] string Phone,
    [property: Required, StringLength(100)] string OpeningHours);
