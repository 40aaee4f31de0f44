using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Yincai.Modules.Jobs.Search;

/// <summary>
/// The keyword index's folder, written as any <see cref="FSDirectory"/> and read through memory maps of its files (a
/// segment's files never change once written). Lucene.NET's own <see cref="MMapDirectory"/> registers every clone of an
/// input in a ConditionalWeakTable under one lock, so that it can refuse reads after an unmap; a search clones its inputs
/// dozens of times, and at a million jobs those entries kept the collector paused for 9–20 % of the time under load
/// (bench/README.md). Here a clone is a copy of a position, and a file is unmapped only when no input of it is left to
/// read it (the collector finds the mapping unreachable): never while a clone may still read. So the space of a file a
/// merge deleted comes back at the first full collection after its last reader closed, not at once.
/// </summary>
public sealed class MappedDirectory(DirectoryInfo folder) : FSDirectory(folder, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var mapping = Mapping.Of(path);
        return new MappedInput($"MappedInput(path=\"{path}\")", mapping, 0, mapping.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new MappedSlicer(path, Mapping.Of(path));
    }

    private sealed class MappedSlicer(string path, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
                throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}:{length} out of {mapping.Length} bytes of {path}");
            return new MappedInput($"MappedInput({sliceDescription} in path=\"{path}\")", mapping, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing) { }
    }

    /// <summary>A file mapped for reading, unmapped by its finalizer: every input of the file holds it, so it is unreachable
    /// only once none can read.</summary>
    private sealed unsafe class Mapping
    {
        private static readonly Mapping Empty = new(null, null, 0);

        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;

        public byte* Start { get; }

        public long Length { get; }

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, long length)
        {
            (_file, _view, Length) = (file, view, length);
            if (view is null) return;
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
            Start = start + view.PointerOffset;
        }

        public static Mapping Of(string path)
        {
            var length = new FileInfo(path).Length;
            if (length == 0) return Empty; // a file of no bytes cannot be mapped
            var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            try
            {
                return new Mapping(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        ~Mapping()
        {
            if (_view is null) return;
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file!.Dispose();
        }
    }

    /// <summary>A position over part of a mapped file; the data are read as Lucene writes them (big-endian).</summary>
    private sealed unsafe class MappedInput(string description, Mapping mapping, long start, long length) : IndexInput(description)
    {
        private long _at;

        public override long Length => length;

        public override long Position => _at;

        public override void Seek(long pos)
        {
            if (pos < 0 || pos > length) throw new EndOfStreamException($"seek to {pos} past the end ({length}) of {this}");
            _at = pos;
        }

        public override byte ReadByte()
        {
            if (_at >= length) throw new EndOfStreamException($"read past the end of {this}");
            return mapping.Start[start + _at++];
        }

        public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

        public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

        public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

        public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

        public override void SkipBytes(long numBytes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
            Seek(_at + numBytes);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > length - _at) throw new EndOfStreamException($"read of {count} bytes past the end of {this}");
            var span = new ReadOnlySpan<byte>(mapping.Start + start + _at, count);
            _at += count;
            return span;
        }

        public override object Clone() => MemberwiseClone();

        // The mapping is the file's, shared with the other inputs and clones: its finalizer unmaps it.
        protected override void Dispose(bool disposing) { }
    }
}
