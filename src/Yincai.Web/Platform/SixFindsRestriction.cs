namespace Yincai.Platform;

/// <summary>Why a source returned a count but no hits: the viewer may know that there are matches, not who they are.</summary>
public enum SixFindsRestriction
{
    None = 0,

    /// <summary>Only verified employers' users and officers see these; sign in as one.</summary>
    SignInAsEmployer = 1,

    /// <summary>The viewer is an employer user whose employer is not verified yet.</summary>
    EmployerNotVerified = 2,
}
