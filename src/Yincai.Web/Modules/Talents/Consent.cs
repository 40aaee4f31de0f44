using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>
/// A talent's yes or no to one purpose, with the version of the text they were shown. Never updated: a change of
/// mind is a new record, so the history is the proof of what was agreed when.
/// </summary>
public sealed class Consent
{
    /// <summary>Bump when the consent texts in TalentsResource change; the version is stored with each answer.</summary>
    public const string CurrentTextVersion = "2026-11";

    private Consent() { }

    public Consent(Guid talentId, ConsentPurpose purpose, bool granted, string textVersion, DateTime atUtc)
    {
        Id = Ids.New();
        (TalentId, Purpose, Granted, TextVersion, AtUtc) = (talentId, purpose, granted, textVersion, atUtc);
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }
    public ConsentPurpose Purpose { get; private set; }
    public bool Granted { get; private set; }
    public string TextVersion { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
}
