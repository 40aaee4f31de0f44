using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>An objection filed by anyone on the public page during a station's public notice; the program's officer answers it
/// before deciding.</summary>
public sealed class Objection : IRegionScoped
{
    public const int MaxText = 2000;

    private Objection() { }

    public Objection(Station station, string? filedBy, string? contact, string text, DateTime nowUtc)
    {
        Id = Ids.New();
        (StationId, RegionCode, FiledBy, Contact, Text, FiledAtUtc) = (station.Id, station.RegionCode, filedBy, contact, text, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string? FiledBy { get; private set; }
    public string? Contact { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime FiledAtUtc { get; private set; }
    public string? Answer { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }

    public Result Respond(string answer, Guid officerId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(answer)) return StationErrors.AnswerRequired;
        (Answer, AnsweredBy, AnsweredAtUtc) = (answer.Trim(), officerId, nowUtc);
        return Result.Ok();
    }
}
