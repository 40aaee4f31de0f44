namespace Yincai.Modules.Events;

/// <summary>What an event achieved, recorded when it is finished; hires may be attributed to it later.</summary>
public sealed record EventOutcome(int Attendance, int Employers, int JobsOffered, int IntentionsReached);
