using Lucene.Net.Store;
using Yincai.Modules.Jobs.Search;

namespace Yincai.UnitTests.Modules.Jobs;

/// <summary>The keyword index's folder read through maps: what Lucene wrote reads back the same, a clone keeps a position of
/// its own, a slice is bounded, and a read past the end fails rather than reading another file's bytes.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("yincai-mapped-");
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests()
    {
        _directory = new MappedDirectory(_folder);
        using var output = _directory.CreateOutput("data", IOContext.DEFAULT);
        output.WriteInt32(0x01020304);
        output.WriteInt64(-2L);
        output.WriteInt16(-3);
        output.WriteVInt32(300);
        output.WriteString("青岛 java");
        output.WriteBytes([9, 8, 7, 6], 4);
        using var empty = _directory.CreateOutput("empty", IOContext.DEFAULT);
    }

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public void OpenInput_WhatLuceneWrote_ReadsBackTheSame()
    {
        using var input = _directory.OpenInput("data", IOContext.DEFAULT);

        Assert.Equal(0x01020304, input.ReadInt32());
        Assert.Equal(-2L, input.ReadInt64());
        Assert.Equal((short)-3, input.ReadInt16());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal("青岛 java", input.ReadString());
        var bytes = new byte[4];
        input.ReadBytes(bytes, 0, 4);
        Assert.Equal([9, 8, 7, 6], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void Clone_KeepsAPositionOfItsOwn()
    {
        using var input = _directory.OpenInput("data", IOContext.DEFAULT);
        input.ReadInt32();
        var clone = (IndexInput)input.Clone();

        Assert.Equal(-2L, clone.ReadInt64());
        Assert.Equal(4, input.Position);
        input.Seek(0);
        Assert.Equal(0x01020304, input.ReadInt32());
        Assert.Equal(12, clone.Position);
    }

    [Fact]
    public void ReadPastTheEnd_Fails()
    {
        using var input = _directory.OpenInput("data", IOContext.DEFAULT);
        input.Seek(input.Length - 2);

        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(input.Length - 2, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
        using var empty = _directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
    }

    [Fact]
    public void Slice_ReadsItsPartOnly()
    {
        using var slicer = _directory.CreateSlicer("data", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("the long", 4, 8);

        Assert.Equal(8, slice.Length);
        Assert.Equal(-2L, slice.ReadInt64());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("too long", 4, 1_000));
    }
}
