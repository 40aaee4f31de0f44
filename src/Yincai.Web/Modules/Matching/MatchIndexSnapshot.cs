using System.Security.Cryptography;
using System.Text;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Matching.Scoring;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching;

/// <summary>
/// The matching index written to a file, with the change-feed position it is consistent with, so that a copy starting
/// reads it in seconds and catches up from the feed instead of mapping a million rows (<see cref="MatchingSync"/>).
/// Binary: a header (magic, <see cref="Version"/>, when written, the mapper's settings, the feed position and its gaps),
/// the records, and a SHA-256 of everything before it. A file of another version or other settings, cut short or
/// changed is refused (<see cref="InvalidDataException"/>); the copy then builds from rows.
/// </summary>
public static class MatchIndexSnapshot
{
    /// <summary>Raise when the layout or what a feature means changes: older files are then ignored.</summary>
    public const int Version = 2;

    private static readonly byte[] Magic = "YCMX"u8.ToArray();

    /// <summary>What a snapshot holds besides the features.</summary>
    public sealed record Header(DateTime WrittenAtUtc, string Settings, long FeedPosition, IReadOnlyList<(long From, long To)> Gaps);

    public sealed record Contents(Header Header, List<JobFeatures> Jobs, List<TalentFeatures> Talents, List<ProjectFeatures> Demands,
        List<ProjectFeatures> Projects);

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it over, so a reader never sees half a file.</summary>
    public static void Write(string path, Header header,
        (JobFeatures[] Jobs, TalentFeatures[] Talents, ProjectFeatures[] Demands, ProjectFeatures[] Projects) contents)
    {
        var (jobs, talents, demands, projects) = contents;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                // Buffered before the hash: it is fed a megabyte at a time, not four bytes.
                using (var hashed = new BufferedStream(new HashingStream(file, hash), 1 << 20))
                using (var w = new BinaryWriter(hashed, Encoding.UTF8, leaveOpen: true))
                {
                    w.Write(Magic);
                    w.Write(Version);
                    w.Write(header.WrittenAtUtc.Ticks);
                    w.Write(header.Settings);
                    w.Write(header.FeedPosition);
                    w.Write(header.Gaps.Count);
                    foreach (var (from, to) in header.Gaps) { w.Write(from); w.Write(to); }
                    w.Write(jobs.Length);
                    foreach (var j in jobs) WriteJob(w, j);
                    w.Write(talents.Length);
                    foreach (var t in talents) WriteTalent(w, t);
                    w.Write(demands.Length);
                    foreach (var d in demands) WriteProject(w, d);
                    w.Write(projects.Length);
                    foreach (var p in projects) WriteProject(w, p);
                }
                file.Write(hash.GetHashAndReset());
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>The header alone (to see whether a snapshot is recent), or null when there is no file or it is not one of
    /// this version.</summary>
    public static Header? ReadHeader(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            using var r = new BinaryReader(file, Encoding.UTF8);
            return ReadHeader(r);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return null;
        }
    }

    /// <summary>Reads a whole snapshot and checks its hash; <see cref="InvalidDataException"/> when it is not a sound one of
    /// this version.</summary>
    public static Contents Read(string path, FeatureMapper mapper)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var bodyLength = file.Length - 32;
        if (bodyLength < 0) throw new InvalidDataException("The snapshot is cut short.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Contents contents;
        using (var hashed = new BufferedStream(new HashingStream(new LimitedStream(file, bodyLength), hash), 1 << 20))
        using (var r = new BinaryReader(hashed, Encoding.UTF8, leaveOpen: true))
        {
            try
            {
                var header = ReadHeader(r);
                var jobs = ReadList(r, () => ReadJob(r, mapper));
                var talents = ReadList(r, () => ReadTalent(r, mapper));
                var demands = ReadList(r, () => ReadProject(r, mapper));
                var projects = ReadList(r, () => ReadProject(r, mapper));
                if (hashed.ReadByte() != -1) throw new InvalidDataException("The snapshot has bytes past its records.");
                contents = new Contents(header, jobs, talents, demands, projects);
            }
            // A cut can fall inside an id (16 bytes asked, fewer read) as well as between values.
            catch (Exception e) when (e is EndOfStreamException or ArgumentException)
            {
                throw new InvalidDataException("The snapshot is cut short.", e);
            }
        }
        var expected = new byte[32];
        file.Position = bodyLength;
        file.ReadExactly(expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, hash.GetHashAndReset()))
            throw new InvalidDataException("The snapshot's checksum does not match its content.");
        return contents;
    }

    private static Header ReadHeader(BinaryReader r)
    {
        if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("Not a matching index snapshot.");
        var version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"Snapshot format {version}, this version reads {Version}.");
        var written = new DateTime(r.ReadInt64(), DateTimeKind.Utc);
        var settings = r.ReadString();
        var position = r.ReadInt64();
        var gaps = new List<(long, long)>();
        for (var n = Count(r); n > 0; n--) gaps.Add((r.ReadInt64(), r.ReadInt64()));
        return new Header(written, settings, position, gaps);
    }

    private static List<T> ReadList<T>(BinaryReader r, Func<T> read)
    {
        var n = Count(r);
        var list = new List<T>(n);
        for (var i = 0; i < n; i++) list.Add(read());
        return list;
    }

    private static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n is < 0 or > 100_000_000) throw new InvalidDataException("The snapshot holds an impossible count.");
        return n;
    }

    /// <summary>One job's features in the snapshot's form: what a copy without the talent side sends to the copy that holds it.</summary>
    public static byte[] EncodeJob(JobFeatures job)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true)) WriteJob(w, job);
        return buffer.ToArray();
    }

    /// <summary>The job of <see cref="EncodeJob"/>; <see cref="InvalidDataException"/> when the bytes are not one.</summary>
    public static JobFeatures DecodeJob(byte[] bytes, FeatureMapper mapper)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            var job = ReadJob(r, mapper);
            if (r.BaseStream.Position != bytes.Length) throw new InvalidDataException("Bytes past the job.");
            return job;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("A job cut short.", e);
        }
    }

    private static void WriteJob(BinaryWriter w, JobFeatures j)
    {
        w.Write(j.Id.ToByteArray());
        WriteRegion(w, j.Region);
        w.Write(j.Division);
        w.Write((int)j.Type);
        w.Write(j.Occupation);
        w.Write((int)j.MinDegree);
        WriteInts(w, j.Majors);
        w.Write(j.MinExperienceYears);
        w.Write(j.SalaryMin);
        w.Write(j.SalaryMax);
        WriteKeywords(w, j.Keywords);
        w.Write(j.LessDeveloped);
    }

    private static JobFeatures ReadJob(BinaryReader r, FeatureMapper mapper) => new()
    {
        Id = new Guid(r.ReadBytes(16)),
        Region = ReadRegion(r),
        Division = r.ReadInt32(),
        Type = (JobType)r.ReadInt32(),
        Occupation = r.ReadInt32(),
        MinDegree = (DegreeLevel)r.ReadInt32(),
        Majors = mapper.Share(ReadInts(r)),
        MinExperienceYears = r.ReadInt32(),
        SalaryMin = r.ReadInt32(),
        SalaryMax = r.ReadInt32(),
        Keywords = ReadKeywords(r),
        LessDeveloped = r.ReadBoolean(),
    };

    private static void WriteTalent(BinaryWriter w, TalentFeatures t)
    {
        w.Write(t.Id.ToByteArray());
        w.Write(t.RegionCode);
        w.Write(t.NativePlaceCode ?? "");
        w.Write(t.Regions.Length);
        foreach (var region in t.Regions) WriteRegion(w, region);
        WriteInts(w, t.Divisions);
        w.Write(t.Types.Length);
        foreach (var type in t.Types) w.Write((int)type);
        w.Write(t.Positions.Length);
        foreach (var p in t.Positions) { w.Write(p.Occupation); WriteRegion(w, p.City); w.Write(p.SalaryMin); }
        w.Write((int)t.Degree);
        w.Write(t.Major);
        w.Write(t.GraduationYear ?? int.MinValue);
        w.Write(t.SalaryMin ?? int.MinValue);
        WriteKeywords(w, t.Keywords);
    }

    private static TalentFeatures ReadTalent(BinaryReader r, FeatureMapper mapper)
    {
        var id = new Guid(r.ReadBytes(16));
        var region = mapper.Share(r.ReadString());
        var native = r.ReadString();
        var regions = new RegionRef[Small(r)];
        for (var i = 0; i < regions.Length; i++) regions[i] = ReadRegion(r);
        var divisions = ReadInts(r);
        var types = new JobType[Small(r)];
        for (var i = 0; i < types.Length; i++) types[i] = (JobType)r.ReadInt32();
        var positions = new PositionWish[Small(r)];
        for (var i = 0; i < positions.Length; i++) positions[i] = new PositionWish(r.ReadInt32(), ReadRegion(r), r.ReadInt32());
        return new TalentFeatures
        {
            Id = id,
            RegionCode = region,
            NativePlaceCode = native.Length == 0 ? null : mapper.Share(native),
            Regions = mapper.Share(regions),
            Divisions = mapper.Share(divisions),
            Types = mapper.Share(types),
            Positions = positions.Length == 0 ? [] : positions,
            Degree = (DegreeLevel)r.ReadInt32(),
            Major = r.ReadInt32(),
            GraduationYear = Optional(r.ReadInt32()),
            SalaryMin = Optional(r.ReadInt32()),
            Keywords = ReadKeywords(r),
        };
    }

    private static void WriteProject(BinaryWriter w, ProjectFeatures p)
    {
        w.Write(p.Id.ToByteArray());
        w.Write(p.Regions.Length);
        foreach (var region in p.Regions) WriteRegion(w, region);
        WriteInts(w, p.Divisions);
        WriteKeywords(w, p.Keywords);
        w.Write(p.MoneySought ?? int.MinValue);
        w.Write(p.MoneyOffered ?? int.MinValue);
    }

    private static ProjectFeatures ReadProject(BinaryReader r, FeatureMapper mapper)
    {
        var id = new Guid(r.ReadBytes(16));
        var regions = new RegionRef[Small(r)];
        for (var i = 0; i < regions.Length; i++) regions[i] = ReadRegion(r);
        return new ProjectFeatures
        {
            Id = id,
            Regions = regions,
            Divisions = mapper.Share(ReadInts(r)),
            Keywords = ReadKeywords(r),
            MoneySought = Optional(r.ReadInt32()),
            MoneyOffered = Optional(r.ReadInt32()),
        };
    }

    private static int? Optional(int value) => value == int.MinValue ? null : value;

    private static void WriteRegion(BinaryWriter w, RegionRef region)
    {
        w.Write(region.Code);
        w.Write(region.Digits);
    }

    private static RegionRef ReadRegion(BinaryReader r) => new(r.ReadInt32(), r.ReadByte());

    private static void WriteInts(BinaryWriter w, ReadOnlySpan<int> values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    private static int[] ReadInts(BinaryReader r)
    {
        var values = new int[Small(r)];
        for (var i = 0; i < values.Length; i++) values[i] = r.ReadInt32();
        return values;
    }

    private static void WriteKeywords(BinaryWriter w, Keywords keywords) => WriteInts(w, keywords.Packed);

    private static Keywords ReadKeywords(BinaryReader r) => Keywords.FromPacked(ReadInts(r));

    /// <summary>The length of a feature's array: a few dozen at most, so a larger one means the file is damaged.</summary>
    private static int Small(BinaryReader r)
    {
        var n = r.ReadInt32();
        if (n is < 0 or > 4096) throw new InvalidDataException("The snapshot holds an impossible length.");
        return n;
    }

    /// <summary>Passes bytes through and adds them to a hash.</summary>
    private sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
    {
        private long _position;

        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => false;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            hash.AppendData(buffer[..n]);
            _position += n;
            return n;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            hash.AppendData(buffer);
            _position += buffer.Length;
        }

        public override void Flush() => inner.Flush();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        // The inner stream belongs to the caller.
        protected override void Dispose(bool disposing) => inner.Flush();
    }

    /// <summary>Reads no further than a length (the records, not the hash after them).</summary>
    private sealed class LimitedStream(Stream inner, long length) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, length - _read)]);
            _read += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { }
    }
}
