using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yincai.Platform;

/// <summary>Model annotations that tell the audit writer what to leave out.</summary>
public static class AuditAnnotations
{
    public const string Redacted = "Yincai:AuditRedacted";
    public const string NotAudited = "Yincai:NotAudited";

    /// <summary>The audit trail records that the value changed, never the value (secrets, ID numbers).</summary>
    public static PropertyBuilder<T> IsRedactedInAudit<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Redacted, true);

    /// <summary>Reference data loaded by the platform itself (divisions, calendar): not a domain record.</summary>
    public static EntityTypeBuilder<T> IsNotAudited<T>(this EntityTypeBuilder<T> entity) where T : class =>
        entity.HasAnnotation(NotAudited, true);
}
