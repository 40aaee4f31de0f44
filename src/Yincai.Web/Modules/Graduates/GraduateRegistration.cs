using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Graduates;

/// <summary>A graduate entering the real-name database from a university's list, the public form or an officer.</summary>
/// <param name="RegisteredAtUtc">When the graduate registered, where a system that took the registration pushes it later (the
/// mini-program through the API); now when null. GRD-03's working days count from its date.</param>
/// <param name="ByUniversityCode">The university whose own system sends it with its token (not an office's import of its list).</param>
public sealed record GraduateRegistration(GraduatePerson Person, string? SearchRegionCode, GraduateIntention Intention, GraduateSource Source,
    DateTime? RegisteredAtUtc = null, string? ByUniversityCode = null);
