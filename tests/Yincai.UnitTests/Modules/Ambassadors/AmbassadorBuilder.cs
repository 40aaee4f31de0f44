using Yincai.Modules.Ambassadors;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Ambassadors;

/// <summary>Valid ambassadors with sensible defaults: a Qingdao native, recruited by Qingdao, student at Ocean University.</summary>
public sealed class AmbassadorBuilder
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    private AmbassadorSchool _school = new("4137010423", "中国海洋大学", "370000", null, AmbassadorRole.Student, DegreeLevel.Master, false, Today.AddYears(2));
    private bool _active;

    public AmbassadorBuilder AtSchool(string name, string? provinceCode, string? country = null)
    {
        _school = _school with { SchoolCode = country is null ? "x" : null, SchoolName = name, SchoolProvinceCode = provinceCode, Country = country };
        return this;
    }

    public AmbassadorBuilder Active()
    {
        _active = true;
        return this;
    }

    public Ambassador Build()
    {
        var ambassador = new Ambassador(Guid.CreateVersion7(), "王小青", "3702**********0011", "370200", "370202", _school, DateTime.UtcNow);
        if (_active)
        {
            ambassador.File(Today);
            ambassador.StartService(Today);
        }
        return ambassador;
    }
}
