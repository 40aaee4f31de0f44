using System.Text;
using Yincai.Modules.Audit;
using Yincai.Modules.Audit.Contracts;

namespace Yincai.UnitTests.Modules.Audit;

/// <summary>The audit writer's JSON is the same text, byte for byte, as the sorted dictionary it replaced: the chain hashes
/// it, and the audit page, erasure and verification read it.</summary>
public sealed class AuditValuesWriterTests
{
    private enum Stage { Draft, Published }

    [Flags]
    private enum Marks { None = 0, Urgent = 1, Remote = 2 }

    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static TheoryData<object?> Values() =>
    [
        "", "张三", "软件工程师（高级）", "quote \" and \\ backslash", "tab\tnew line\r\n bell\u0007 nul\0",
        "<script>&'</script>", "emoji 😀 and 𠮷", "\u2028\u2029", "lone \ud800 surrogate", "\u00a0no-break",
        0, -1, int.MaxValue, long.MinValue, (short)7, (byte)255, 3u, 'x', true, false,
        0m, 0.10m, -1.50m, 1234567.891m, decimal.MaxValue, decimal.MinValue, 0.1d, 1e300, -0.0d, 1.5f,
        new DateTime(2026, 12, 3, 13, 45, 0, DateTimeKind.Utc), new DateTime(2026, 12, 3, 13, 45, 0, 123, DateTimeKind.Unspecified).AddTicks(4567),
        DateTime.MinValue, new DateOnly(1990, 6, 15), new TimeOnly(8, 30, 5), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)),
        TimeSpan.FromMinutes(90), Id, Guid.Empty, Stage.Published, (Stage)42, Marks.Urgent | Marks.Remote, Marks.None,
        new[] { "北京", "上海\"" }, new[] { 1, 2, 3 }, new List<string?> { "a", null }, Array.Empty<string>(), new byte[] { 1, 2, 250 },
        new[] { Stage.Draft, Stage.Published },
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Finish_OneValue_SameTextAsTheSerializedDictionary(object? value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["Value"] = value };
        using var writer = new AuditValuesWriter();

        writer.Start();
        writer.Write("Value", value);

        Assert.Equal(AuditJson.Serialize(values), writer.Finish());
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void ValueJson_OneValue_SameBytesAsTheSerializedValue(object? value)
    {
        using var writer = new AuditValuesWriter();

        var json = writer.ValueJson(value).ToArray();

        Assert.Equal(Encoding.UTF8.GetBytes(AuditJson.Serialize(value)), json);
    }

    [Fact]
    public void Finish_ManyRecordsInOneWriter_EachAsTheSerializedDictionary()
    {
        object?[] all = [null, .. Values().Select(v => v.Data)];
        using var writer = new AuditValuesWriter();
        for (var record = 0; record < 3; record++)
        {
            // Names in ordinal order, as the plan gives them: capitals before lower case, "Id" before "IdNumber".
            var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < all.Length; i++) values[(i % 3 == 0 ? "a" : i % 3 == 1 ? "Id" : "IdNumber") + i + "名" + record] = all[i];

            writer.Start();
            foreach (var (name, value) in values) writer.Write(name, value);

            Assert.Equal(AuditJson.Serialize(values), writer.Finish());
        }
    }

    [Fact]
    public void Finish_NullValue_SameTextAsTheSerializedDictionary()
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["A"] = null, ["B"] = "x" };
        using var writer = new AuditValuesWriter();

        writer.Start();
        writer.Write("A", null);
        writer.Write("B", "x");

        Assert.Equal(AuditJson.Serialize(values), writer.Finish());
        Assert.Equal(Encoding.UTF8.GetBytes(AuditJson.Serialize<object?>(null)), writer.ValueJson(null).ToArray());
    }

    [Fact]
    public void Finish_NothingWritten_IsNull()
    {
        using var writer = new AuditValuesWriter();

        writer.Start();

        Assert.Null(writer.Finish());
    }
}
