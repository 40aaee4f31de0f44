using System.Security.Cryptography;
using System.Text;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Events;

/// <summary>
/// The check-in code of a registration: its number within the event and an HMAC over event, registration and number, short
/// enough to type ("37-K7QX3M9P"). The key is derived from the platform's index key (<see cref="ProtectionKeys"/>), so it
/// is never in the database. The QR code carries the event too ("YCE1:{event}:{code}"), so a ticket shown at the wrong
/// event is named as such; a typed code simply fails there.
/// </summary>
public sealed class TicketCodes
{
    private const string QrPrefix = "YCE1:";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U to misread
    private const int MacChars = 10;
    private readonly byte[] _key;

    public TicketCodes(ProtectionKeys keys) : this(keys.IndexKey) { }

    public TicketCodes(byte[] rootKey) =>
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, rootKey, 32, info: Encoding.UTF8.GetBytes("yincai/events/ticket"));

    public string Code(Guid eventId, Guid registrationId, int number) => $"{number}-{Mac(eventId, registrationId, number)}";

    /// <summary>What the QR code holds: the event and the code.</summary>
    public string QrPayload(Guid eventId, Guid registrationId, int number) =>
        $"{QrPrefix}{eventId:N}:{Code(eventId, registrationId, number)}";

    public bool Verify(Guid eventId, Guid registrationId, int number, string mac) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(eventId, registrationId, number)),
            Encoding.ASCII.GetBytes(mac));

    /// <summary>Reads a scanned QR payload or a typed code: the event it names (null when typed), the number and the MAC.
    /// Spaces, lower case and the look-alikes O, I, L are forgiven, as a person types them.</summary>
    public static bool TryParse(string? input, out Guid? eventId, out int number, out string mac)
    {
        (eventId, number, mac) = (null, 0, "");
        if (string.IsNullOrWhiteSpace(input)) return false;
        var text = input.Trim();
        if (text.StartsWith(QrPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var parts = text[QrPrefix.Length..].Split(':');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var id)) return false;
            eventId = id;
            text = parts[1];
        }
        var normal = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant()
            .Replace('O', '0').Replace('I', '1').Replace('L', '1').Replace('－', '-').Replace('—', '-');
        var dash = normal.IndexOf('-');
        if (dash <= 0 || !int.TryParse(normal.AsSpan(0, dash), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out number) || number <= 0) return false;
        mac = normal[(dash + 1)..];
        return mac.Length == MacChars && mac.All(c => Alphabet.Contains(c));
    }

    private string Mac(Guid eventId, Guid registrationId, int number)
    {
        var message = Encoding.ASCII.GetBytes($"{eventId:N}:{registrationId:N}:{number}");
        var hash = HMACSHA256.HashData(_key, message);
        // 10 base32 characters: 50 bits, enough against guessing at a door that accepts each code once.
        var chars = new char[MacChars];
        ulong bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < MacChars; i++) { chars[i] = Alphabet[(int)(bits & 31)]; bits >>= 5; }
        return new string(chars);
    }
}
