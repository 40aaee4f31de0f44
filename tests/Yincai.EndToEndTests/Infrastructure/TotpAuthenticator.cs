using OtpNet;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// Plays the authenticator app: computes RFC 6238 codes (30-second steps, 6 digits) from the shared key the
/// enrolment page shows. Like a person, it never submits the same code twice: when the current step's code
/// was already used it waits for the next step, as the app refuses a code of a step it has seen used
/// (SingleUseAuthenticatorTokenProvider).
/// </summary>
public sealed class TotpAuthenticator
{
    private const int StepSeconds = 30;

    private readonly Totp totp;
    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastStep = -1;
    private string? lastCode;

    private TotpAuthenticator(byte[] key) => totp = new Totp(key, step: StepSeconds, totpSize: 6);

    /// <summary>From the key as displayed: lower-case Base32 in groups of four separated by spaces.</summary>
    public static TotpAuthenticator FromDisplayedKey(string displayed)
    {
        var base32 = string.Concat(displayed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return new TotpAuthenticator(Base32Encoding.ToBytes(base32));
    }

    /// <summary>A code not submitted before, waiting for the next 30-second step if need be (only when the same account
    /// signs in twice within one step).</summary>
    public async Task<string> NextCodeAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = DateTimeOffset.UtcNow;
                var step = now.ToUnixTimeSeconds() / StepSeconds;
                var code = totp.ComputeTotp(now.UtcDateTime);
                if (step > lastStep && code != lastCode)
                {
                    (lastStep, lastCode) = (step, code);
                    return code;
                }
                var nextStep = DateTimeOffset.FromUnixTimeSeconds((step + 1) * StepSeconds);
                await Task.Delay(nextStep - now + TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
