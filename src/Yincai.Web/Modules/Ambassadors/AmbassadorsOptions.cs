using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Ambassadors;

/// <summary>The "Ambassadors" configuration section: the notice's numbers as defaults.</summary>
public sealed class AmbassadorsOptions
{
    /// <summary>AMB-05: each city recruits at least this many.</summary>
    [Range(1, 100_000)] public int QuotaPerCity { get; set; } = 100;

    /// <summary>AMB-06: a certificate lasts at most this many years.</summary>
    [Range(1, 10)] public int CertificateYears { get; set; } = 3;

    /// <summary>Holders are told this many days before their certificate expires.</summary>
    [Range(1, 365)] public int ExpiryNoticeDays { get; set; } = 30;

    /// <summary>A TrueType-outline font with Chinese glyphs to embed in the certificates and letters instead of the
    /// Droid Sans Fallback built into the app (Platform/Documents/Fonts); empty for that one.</summary>
    public string? FontPath { get; set; }

    /// <summary>The digest interval of a city that has not set its own (AMB-09).</summary>
    [Range(1, 90)] public int DefaultDigestDays { get; set; } = 7;

    /// <summary>How often the background work (expiry notices, digests) looks for something to do.</summary>
    [Range(1, 1440)] public int PollMinutes { get; set; } = 60;

    /// <summary>The public address put in certificates' QR codes; the request's own address when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
