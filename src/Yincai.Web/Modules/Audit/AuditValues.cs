using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Yincai.Modules.Audit.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>What the audit writer needs to know of an entity type, looked up once per model rather than per record.</summary>
internal sealed class AuditPlan
{
    private static readonly ConditionalWeakTable<IEntityType, AuditPlan> Plans = [];

    private AuditPlan(IEntityType type)
    {
        Audited = type.FindAnnotation(AuditAnnotations.NotAudited)?.Value is not true && type.ClrType != typeof(AuditEntry);
        // In the order the trail has always written them: by name, ordinal.
        Properties = [.. type.GetProperties().Where(p => p.FindAnnotation(AuditAnnotations.Derived)?.Value is not true)
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
        Personal = [.. Properties.Select(p => p.FindAnnotation(AuditAnnotations.Personal)?.Value is true)];
        Redacted = [.. Properties.Select(p => p.FindAnnotation(AuditAnnotations.Redacted)?.Value is true)];
        HasPersonal = Personal.Contains(true);
        Key = [.. type.FindPrimaryKey()!.Properties];
        if (type.FindAnnotation(AuditAnnotations.Subject)?.Value is string subject)
        {
            Subject = type.FindProperty(subject);
            OwnSubject = Key is [var key] && key.Name == subject;
        }
    }

    public static AuditPlan For(IEntityType type) => Plans.GetValue(type, t => new AuditPlan(t));

    public bool Audited { get; }
    public IProperty[] Properties { get; }
    public bool[] Personal { get; }
    public bool[] Redacted { get; }
    public bool HasPersonal { get; }
    public IProperty[] Key { get; }
    /// <summary>The property naming the data subject whose key protects the personal values, if any.</summary>
    public IProperty? Subject { get; }
    /// <summary>The record is its own subject (a talent, a user): a new one cannot have a key yet.</summary>
    public bool OwnSubject { get; }
}

/// <summary>
/// Writes an audit row's Before or After: the same text as <see cref="AuditJson.Serialize{T}"/> of a
/// <c>SortedDictionary&lt;string, object?&gt;</c> of the values, without building one, into buffers reused across the
/// records of a save. Names must come in ordinal order. Not thread-safe: one per save.
/// </summary>
internal sealed class AuditValuesWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly ArrayBufferWriter<byte> _valueBuffer = new(256);
    private readonly Utf8JsonWriter _writer;
    private readonly Utf8JsonWriter _valueWriter;
    private int _count;

    public AuditValuesWriter()
    {
        _writer = new Utf8JsonWriter(_buffer, AuditJson.WriterOptions);
        _valueWriter = new Utf8JsonWriter(_valueBuffer, AuditJson.WriterOptions);
    }

    public void Start()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _count = 0;
    }

    public void Write(string name, object? value)
    {
        _writer.WritePropertyName(name);
        AuditJson.WriteValue(_writer, value);
        _count++;
    }

    /// <summary>The object's text; null when no value was written (an update that changed nothing audited).</summary>
    public string? Finish()
    {
        if (_count == 0) return null;
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <summary>One value's JSON text as UTF-8, valid until the next call.</summary>
    public ReadOnlySpan<byte> ValueJson(object? value)
    {
        _valueBuffer.ResetWrittenCount();
        _valueWriter.Reset(_valueBuffer);
        AuditJson.WriteValue(_valueWriter, value);
        _valueWriter.Flush();
        return _valueBuffer.WrittenSpan;
    }

    public void Dispose()
    {
        _writer.Dispose();
        _valueWriter.Dispose();
    }
}
