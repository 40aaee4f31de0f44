using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>A letter of thanks or appreciation sent to an ambassador (AMB-10, AMB-11): generated as a PDF, told in the inbox.</summary>
public sealed class Letter : IRegionScoped
{
    private Letter() { }

    public Letter(Guid ambassadorId, string regionCode, LetterKind kind, string body, bool onExit, Guid sentBy, DateOnly on)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, Kind, Body, OnExit, SentBy, On) = (ambassadorId, regionCode, kind, body, onExit, sentBy, on);
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public LetterKind Kind { get; private set; }
    public string Body { get; private set; } = "";
    public bool OnExit { get; private set; }
    public Guid SentBy { get; private set; }
    public DateOnly On { get; private set; }
}
