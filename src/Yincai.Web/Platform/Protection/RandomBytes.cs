using System.Security.Cryptography;

namespace Yincai.Platform.Protection;

/// <summary>
/// Random bytes for nonces and record ids, handed out from a per-thread buffer that the system's generator fills 4 KB at
/// a time. Each <see cref="RandomNumberGenerator.Fill"/> is a call into the kernel (≈ 2 µs here, more than the AES-GCM
/// it feeds): an import's 800,000 audit values spent more time getting their nonces than being encrypted. Every byte is
/// the generator's own, handed out once and cleared from the buffer. Keys still come from the generator directly.
/// </summary>
public static class RandomBytes
{
    private const int BufferSize = 4096;

    [ThreadStatic] private static byte[]? _buffer;
    [ThreadStatic] private static int _left;

    public static void Fill(Span<byte> destination)
    {
        if (destination.Length > BufferSize / 8)
        {
            RandomNumberGenerator.Fill(destination);
            return;
        }
        var buffer = _buffer ??= new byte[BufferSize];
        if (_left < destination.Length)
        {
            RandomNumberGenerator.Fill(buffer);
            _left = BufferSize;
        }
        var taken = buffer.AsSpan(BufferSize - _left, destination.Length);
        taken.CopyTo(destination);
        taken.Clear();
        _left -= destination.Length;
    }
}
