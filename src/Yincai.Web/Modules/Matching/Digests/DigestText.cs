namespace Yincai.Modules.Matching.Digests;

/// <summary>A digest's list and how many jobs, events and policies it holds.</summary>
public sealed record DigestText(string Text, int Jobs, int Events, int Policies)
{
    public bool IsEmpty => Jobs + Events + Policies == 0;
}
