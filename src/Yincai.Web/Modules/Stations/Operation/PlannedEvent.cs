namespace Yincai.Modules.Stations.Operation;

/// <summary>One line of a station's yearly event plan: what, in which month, for about how many people.</summary>
public sealed record PlannedEvent(string Title, int Month, int Participants);
