using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Conversations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.ToTable("jobs_conversation");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(Conversation.TalentId));
        b.Property(x => x.RegionCode).HasMaxLength(6);
        b.Property(x => x.EmployerName).HasMaxLength(200);
        b.Property(x => x.JobTitle).HasMaxLength(100);
        b.Property(x => x.TalentName).HasMaxLength(50).IsPersonalInAudit();
        b.Property(x => x.LastPreview).HasMaxLength(Conversation.PreviewLength + 1).IsPersonalInAudit();
        b.Property(x => x.ReportReason).HasMaxLength(500).IsPersonalInAudit();
        b.Property(x => x.ReportOutcome).HasMaxLength(500).IsPersonalInAudit();
        b.Property(x => x.Version).IsConcurrencyToken();
        // One conversation per job and talent, whichever side opened it.
        b.HasIndex(x => new { x.JobId, x.TalentUserId }).IsUnique();
        b.HasIndex(x => new { x.TalentUserId, x.LastAtUtc });
        b.HasIndex(x => new { x.EmployerId, x.LastAtUtc });
        b.HasIndex(x => x.ApplicationId);
        b.HasIndex(x => new { x.RegionCode, x.ReportedAtUtc }).HasFilter("\"ReportedAtUtc\" IS NOT NULL");
        // The employer's invitations of a day (the daily limit).
        b.HasIndex(x => new { x.EmployerId, x.CreatedAtUtc }).HasFilter("\"InvitedToApply\"");
    }
}

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> b)
    {
        b.ToTable("jobs_conversation_message");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(ConversationMessage.TalentId));
        b.Property(x => x.Body).HasMaxLength(ConversationMessage.MaxLength).IsPersonalInAudit();
        b.HasIndex(x => new { x.ConversationId, x.SentAtUtc });
        b.HasIndex(x => x.TalentId);
    }
}

internal sealed class EmployerBlockConfiguration : IEntityTypeConfiguration<EmployerBlock>
{
    public void Configure(EntityTypeBuilder<EmployerBlock> b)
    {
        b.ToTable("jobs_employer_block");
        b.HasKey(x => x.Id);
        b.HasIndex(x => new { x.TalentUserId, x.EmployerId }).IsUnique();
    }
}

internal sealed class ShortlistEntryConfiguration : IEntityTypeConfiguration<ShortlistEntry>
{
    public void Configure(EntityTypeBuilder<ShortlistEntry> b)
    {
        b.ToTable("jobs_shortlist");
        b.HasKey(x => x.Id);
        b.HasAuditSubject(nameof(ShortlistEntry.TalentId));
        b.Property(x => x.Note).HasMaxLength(ShortlistEntry.NoteMaxLength).IsPersonalInAudit();
        b.HasIndex(x => new { x.EmployerId, x.TalentId }).IsUnique();
        b.HasIndex(x => new { x.EmployerId, x.CreatedAtUtc });
        b.HasIndex(x => x.TalentId);
    }
}
