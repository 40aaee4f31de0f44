namespace Yincai.Modules.Matching.Digests;

/// <summary>What a page of the talent digest did: digests queued, the last talent read (null: none left), or nothing because another
/// copy of the app holds the round.</summary>
public sealed record DigestPage(int Sent, Guid? Next, bool Busy);
