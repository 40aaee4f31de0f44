namespace Yincai.Modules.Ambassadors;

/// <summary>Who may be an ambassador (AMB-01): students, young teachers who stayed at their university, counsellors.</summary>
public enum AmbassadorRole
{
    Student = 1,
    YoungTeacher = 2,
    Counsellor = 3,
}
