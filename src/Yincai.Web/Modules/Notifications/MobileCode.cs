using Yincai.Platform;

namespace Yincai.Modules.Notifications;

/// <summary>A one-time code sent by SMS to prove that someone holds a mobile number. Only hashes are kept.</summary>
public sealed class MobileCode
{
    public const int MaxTries = 5;

    private MobileCode() { }

    public MobileCode(string mobileIndex, string purpose, string codeHash, string clientIndex, DateTime nowUtc, TimeSpan lifetime)
    {
        Id = Ids.New();
        (MobileIndex, Purpose, CodeHash, ClientIndex, SentAtUtc, ExpiresAtUtc) = (mobileIndex, purpose, codeHash, clientIndex, nowUtc, nowUtc + lifetime);
        SentMinute = nowUtc.Ticks / TimeSpan.TicksPerMinute;
    }

    public Guid Id { get; private set; }
    public string MobileIndex { get; private set; } = "";
    public string Purpose { get; private set; } = "";
    public string CodeHash { get; private set; } = "";

    /// <summary>Blind index of the requesting client's IP address: the per-address limit.</summary>
    public string ClientIndex { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }

    /// <summary>The minute it was sent in, unique per number: two requests at the same instant cannot both pass the
    /// one-a-minute check and send two codes (an SMS flood by parallel requests).</summary>
    public long SentMinute { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }
    /// <summary>A concurrency token: parallel guesses cannot each read the same count and so try more than <see cref="MaxTries"/>.</summary>
    public int Tries { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }

    public bool Usable(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc && Tries < MaxTries;

    /// <summary>One try with <paramref name="hash"/>; the code is spent when it matches.</summary>
    public bool Try(string hash, DateTime nowUtc)
    {
        Tries++;
        if (!string.Equals(hash, CodeHash, StringComparison.Ordinal)) return false;
        UsedAtUtc = nowUtc;
        return true;
    }
}
