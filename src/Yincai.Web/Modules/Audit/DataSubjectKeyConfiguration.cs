using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

internal sealed class DataSubjectKeyConfiguration : IEntityTypeConfiguration<DataSubjectKey>
{
    public void Configure(EntityTypeBuilder<DataSubjectKey> b)
    {
        b.ToTable("audit_subject_key");
        b.HasKey(x => x.SubjectId);
        b.Property(x => x.SubjectId).ValueGeneratedNever();
        b.Property(x => x.WrappedKey).HasMaxLength(100);
        // A key in the audit trail would defeat its destruction.
        b.IsNotAudited();
    }
}
