using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Audit;

/// <summary>
/// One context's view of the data-subject keys: loads, creates and caches them, and turns a personal value into the
/// text an audit row stores, <c>pii:&lt;subject&gt;:&lt;base64 of nonce, tag, AES-256-GCM ciphertext&gt;</c>, and back.
/// A subject whose key was destroyed gets <c>pii:&lt;subject&gt;:-</c>: the value is not written at all.
/// </summary>
internal sealed class SubjectKeyRing(FieldProtection protection)
{
    private const string Prefix = "pii:";
    private const string Shredded = "-";
    private const int KeySize = 32;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    // Bounded: a Contains() list per query that both databases take as parameters.
    private const int LoadSlice = 500;

    // null: the key was destroyed.
    private readonly Dictionary<Guid, byte[]?> _keys = [];

    /// <summary>Makes the keys of <paramref name="existing"/> subjects available (creating those that have none, when
    /// <paramref name="create"/>), and creates keys for <paramref name="fresh"/> ones, new records that cannot have one yet.
    /// New keys are added to <paramref name="db"/> and saved with its changes.</summary>
    public async Task LoadAsync(YincaiDb db, IEnumerable<Guid> existing, IEnumerable<Guid> fresh, bool create, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var tracked = db.ChangeTracker.Entries<DataSubjectKey>().Where(e => e.State != EntityState.Detached)
            .ToDictionary(e => e.Entity.SubjectId, e => e.Entity);
        var missing = new List<Guid>();
        foreach (var id in existing.Concat(fresh).Distinct().Where(id => !_keys.ContainsKey(id)))
        {
            if (tracked.TryGetValue(id, out var key)) _keys[id] = Unwrap(key.WrappedKey);
            else missing.Add(id);
        }
        var freshSet = fresh.ToHashSet();
        foreach (var slice in missing.Where(id => !freshSet.Contains(id)).Chunk(LoadSlice))
        {
            var stored = await db.DataSubjectKeys.AsNoTracking().Where(k => slice.Contains(k.SubjectId))
                .Select(k => new { k.SubjectId, k.WrappedKey }).ToListAsync(cancellationToken);
            foreach (var key in stored) _keys[key.SubjectId] = Unwrap(key.WrappedKey);
        }
        if (!create) return;
        foreach (var id in missing.Where(id => !_keys.ContainsKey(id)))
        {
            var key = RandomNumberGenerator.GetBytes(KeySize);
            db.DataSubjectKeys.Add(new DataSubjectKey(id, protection.Encrypt(Convert.ToBase64String(key)), nowUtc));
            _keys[id] = key;
        }
    }

    public void Forget(Guid subjectId) => _keys[subjectId] = null;

    /// <summary>Protects the personal values of one save; dispose it at the end of the save.</summary>
    public Protector OpenProtector() => new(this);

    /// <summary>
    /// Turns personal values (their JSON text) of subjects whose keys are loaded into their stored form. Keeps the
    /// cipher of the last subject, as a save's records come subject by subject (a talent, then their history), so a
    /// subject's values share one <see cref="AesGcm"/>; like <see cref="AesGcm"/> it is not thread-safe.
    /// </summary>
    internal sealed class Protector(SubjectKeyRing ring) : IDisposable
    {
        private Guid _subject;
        private string _head = "";
        private byte[]? _key;
        private AesGcm? _aes;
        private readonly byte[] _subjectBytes = new byte[16];
        private byte[] _output = new byte[256];

        public string Protect(Guid subjectId, ReadOnlySpan<byte> json)
        {
            if (_head.Length == 0 || subjectId != _subject) Switch(subjectId);
            if (_key is null) return _head + Shredded;
            var length = NonceSize + TagSize + json.Length;
            if (_output.Length < length) _output = new byte[Math.Max(length, _output.Length * 2)];
            var output = _output.AsSpan(0, length);
            RandomBytes.Fill(output[..NonceSize]);
            _aes ??= new AesGcm(_key, TagSize);
            _aes.Encrypt(output[..NonceSize], json, output[(NonceSize + TagSize)..], output.Slice(NonceSize, TagSize), _subjectBytes);
            return string.Concat(_head, Convert.ToBase64String(output));
        }

        private void Switch(Guid subjectId)
        {
            _aes?.Dispose();
            _aes = null;
            _subject = subjectId;
            _head = Prefix + subjectId.ToString("N") + ":";
            _key = ring._keys[subjectId];
            subjectId.TryWriteBytes(_subjectBytes);
        }

        public void Dispose()
        {
            _aes?.Dispose();
            _aes = null;
        }
    }

    /// <summary>The subjects whose values <paramref name="stored"/> (an audit row's Before or After) holds.</summary>
    public static IEnumerable<Guid> SubjectsIn(string? stored)
    {
        if (stored is null || !stored.Contains('"' + Prefix, StringComparison.Ordinal) || ParseObject(stored) is not { } values) yield break;
        foreach (var (_, value) in values)
            if (Parse(value) is { } token) yield return token.Subject;
    }

    /// <summary><paramref name="stored"/> with each personal value decrypted, or <paramref name="erased"/> where the key is
    /// gone. Keys must have been loaded for its subjects.</summary>
    public string? Reveal(string? stored, string erased)
    {
        if (stored is null || !stored.Contains('"' + Prefix, StringComparison.Ordinal) || ParseObject(stored) is not { } values) return stored;
        foreach (var name in values.Select(v => v.Key).ToList())
        {
            if (Parse(values[name]) is not { } token) continue;
            values[name] = _keys.GetValueOrDefault(token.Subject) is { } key && token.Cipher is { } cipher
                && Decrypt(key, token.Subject, cipher) is { } plain
                ? JsonNode.Parse(plain)
                : JsonValue.Create(erased);
        }
        return AuditJson.Serialize(values);
    }

    // Rows are written as JSON objects; anything else (a row forged by hand) is shown as it is.
    private static JsonObject? ParseObject(string stored)
    {
        try { return JsonNode.Parse(stored) as JsonObject; }
        catch (System.Text.Json.JsonException) { return null; }
    }

    private static (Guid Subject, byte[]? Cipher)? Parse(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || !text.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = text.Split(':');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[1], "N", out var subject)) return null;
        if (parts[2] == Shredded) return (subject, null);
        var cipher = new byte[parts[2].Length];
        return Convert.TryFromBase64String(parts[2], cipher, out var length) && length > NonceSize + TagSize
            ? (subject, cipher[..length]) : null;
    }

    /// <summary>The value's JSON text; null when it does not decrypt (an altered row, which the chain check reports).</summary>
    private static string? Decrypt(byte[] key, Guid subjectId, byte[] input)
    {
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain,
                subjectId.ToByteArray());
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        return Encoding.UTF8.GetString(plain);
    }

    private byte[]? Unwrap(string? wrapped) => wrapped is null ? null : Convert.FromBase64String(protection.Decrypt(wrapped));
}
