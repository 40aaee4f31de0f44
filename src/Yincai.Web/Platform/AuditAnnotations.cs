using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Platform;

/// <summary>Model annotations that tell the audit writer what to leave out.</summary>
public static class AuditAnnotations
{
    public const string Redacted = "Yincai:AuditRedacted";
    public const string NotAudited = "Yincai:NotAudited";
    public const string Personal = "Yincai:AuditPersonal";
    public const string Subject = "Yincai:AuditSubject";
    public const string Derived = "Yincai:AuditDerived";

    /// <summary>The audit trail records that the value changed, never the value (secrets, ID numbers).</summary>
    public static PropertyBuilder<T> IsRedactedInAudit<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Redacted, true);

    /// <summary>
    /// A personal value (name, mobile, birth date): the audit trail keeps it encrypted under the key of the entity's data
    /// subject (see <see cref="HasAuditSubject{T}"/>), readable while that key exists and unreadable once the person's data
    /// is erased and the key destroyed. Without a subject the value is redacted.
    /// </summary>
    public static PropertyBuilder<T> IsPersonalInAudit<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Personal, true);

    /// <summary>A value computed from the record's other values (a search column): the trail leaves it out, as it says
    /// nothing those values do not, and would double what an import writes to the trail.</summary>
    public static PropertyBuilder<T> IsDerivedInAudit<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Derived, true);

    public static PrimitiveCollectionBuilder<T> IsDerivedInAudit<T>(this PrimitiveCollectionBuilder<T> property) =>
        property.HasAnnotation(Derived, true);

    /// <summary>The Guid property naming the person the entity's personal values belong to (a talent id, a user id).</summary>
    public static EntityTypeBuilder<T> HasAuditSubject<T>(this EntityTypeBuilder<T> entity, string subjectProperty) where T : class =>
        entity.HasAnnotation(Subject, subjectProperty);

    /// <summary>Reference data loaded by the platform itself (divisions, calendar): not a domain record.</summary>
    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(NotAudited, true);
}
