namespace Yincai.Modules.Graduates;

/// <summary>How a graduate came into the real-name database (GRD-01).</summary>
public enum GraduateSource
{
    /// <summary>The phone form or the API: GRD-03's first contact within 5 working days is owed.</summary>
    Online = 1,
    /// <summary>A university's list (Excel import or API).</summary>
    University = 2,
    /// <summary>An officer's entry, e.g. after 摸排 in a town.</summary>
    Officer = 3,
}
