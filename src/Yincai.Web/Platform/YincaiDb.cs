using Yincai.Modules.Audit.Contracts;
using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Modules.Audit;
using Yincai.Modules.Employers;
using Yincai.Modules.Events;
using Yincai.Modules.Graduates;
using Yincai.Modules.Imports;
using Yincai.Modules.Jobs;
using Yincai.Modules.Matching;
using Yincai.Modules.Talents;
using Yincai.Modules.Notifications;
using Yincai.Modules.Regions;
using Yincai.Platform.Protection;

namespace Yincai.Platform;

/// <summary>
/// The one DbContext. Every query on an <see cref="IRegionScoped"/> record is filtered by the current staff
/// member's scope, and every save writes its audit rows in the same transaction (see <see cref="AuditWriter"/>).
/// </summary>
public sealed class YincaiDb(DbContextOptions<YincaiDb> options, CurrentUser? currentUser = null, TimeProvider? clock = null,
    FieldProtection? protection = null)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string RegionFilter = "RegionScope";

    private readonly List<AuditRecord> _pendingAudit = [];
    private SubjectKeyRing? _subjectKeys;

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<CalendarEntry> CalendarEntries => Set<CalendarEntry>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<Office> Offices => Set<Office>();
    public DbSet<MinimumWageStandard> MinimumWageStandards => Set<MinimumWageStandard>();
    public DbSet<Modules.Benefits.Benefit> Benefits => Set<Modules.Benefits.Benefit>();
    public DbSet<Modules.Benefits.BenefitRules> BenefitRules => Set<Modules.Benefits.BenefitRules>();
    public DbSet<Modules.Benefits.Claims.BenefitApplication> BenefitApplications => Set<Modules.Benefits.Claims.BenefitApplication>();
    public DbSet<Modules.Benefits.Claims.BenefitGrant> BenefitGrants => Set<Modules.Benefits.Claims.BenefitGrant>();
    public DbSet<Modules.Benefits.Claims.BenefitEvidence> BenefitEvidence => Set<Modules.Benefits.Claims.BenefitEvidence>();
    public DbSet<Modules.Benefits.Claims.PaymentBatch> PaymentBatches => Set<Modules.Benefits.Claims.PaymentBatch>();
    public DbSet<Modules.Benefits.Finding.BenefitFinding> BenefitFindings => Set<Modules.Benefits.Finding.BenefitFinding>();
    public DbSet<Modules.Benefits.Finding.BenefitRun> BenefitRuns => Set<Modules.Benefits.Finding.BenefitRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataSubjectKey> DataSubjectKeys => Set<DataSubjectKey>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Modules.Complaints.Complaint> Complaints => Set<Modules.Complaints.Complaint>();
    public DbSet<Modules.Complaints.ComplaintStep> ComplaintSteps => Set<Modules.Complaints.ComplaintStep>();
    public DbSet<Modules.Complaints.ComplaintEvidence> ComplaintEvidence => Set<Modules.Complaints.ComplaintEvidence>();
    public DbSet<Modules.Notifications.Delivery.OutboxMessage> Outbox => Set<Modules.Notifications.Delivery.OutboxMessage>();
    public DbSet<Modules.Notifications.Delivery.DeliveryAttempt> DeliveryAttempts => Set<Modules.Notifications.Delivery.DeliveryAttempt>();
    public DbSet<Modules.Notifications.Delivery.DevelopmentMessage> DevelopmentMessages => Set<Modules.Notifications.Delivery.DevelopmentMessage>();
    public DbSet<Modules.Notifications.NotificationPreference> NotificationPreferences => Set<Modules.Notifications.NotificationPreference>();
    public DbSet<Modules.Notifications.MobileCode> MobileCodes => Set<Modules.Notifications.MobileCode>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<EmployerMember> EmployerMembers => Set<EmployerMember>();
    public DbSet<Talent> Talents => Set<Talent>();
    public DbSet<Education> Educations => Set<Education>();
    public DbSet<EmploymentChange> EmploymentChanges => Set<EmploymentChange>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Resume> Resumes => Set<Resume>();
    public DbSet<DeletionRequest> DeletionRequests => Set<DeletionRequest>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<JobApplication> JobApplications => Set<JobApplication>();
    public DbSet<Modules.Jobs.Interviews.Interview> Interviews => Set<Modules.Jobs.Interviews.Interview>();
    public DbSet<Modules.Jobs.Conversations.Conversation> Conversations => Set<Modules.Jobs.Conversations.Conversation>();
    public DbSet<Modules.Jobs.Conversations.ConversationMessage> ConversationMessages => Set<Modules.Jobs.Conversations.ConversationMessage>();
    public DbSet<Modules.Jobs.Conversations.EmployerBlock> EmployerBlocks => Set<Modules.Jobs.Conversations.EmployerBlock>();
    public DbSet<Modules.Jobs.Conversations.ShortlistEntry> Shortlist => Set<Modules.Jobs.Conversations.ShortlistEntry>();
    public DbSet<ProjectDemand> ProjectDemands => Set<ProjectDemand>();
    public DbSet<TalentProject> TalentProjects => Set<TalentProject>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportFile> ImportFiles => Set<ImportFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();
    public DbSet<MatchRecommendation> MatchRecommendations => Set<MatchRecommendation>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventSeats> EventSeats => Set<EventSeats>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<EventBooth> EventBooths => Set<EventBooth>();
    public DbSet<EventInvitation> EventInvitations => Set<EventInvitation>();
    public DbSet<Ambassador> Ambassadors => Set<Ambassador>();
    public DbSet<AmbassadorTerm> AmbassadorTerms => Set<AmbassadorTerm>();
    public DbSet<FilingWindow> FilingWindows => Set<FilingWindow>();
    public DbSet<FilingBatch> FilingBatches => Set<FilingBatch>();
    public DbSet<FilingLine> FilingLines => Set<FilingLine>();
    public DbSet<AmbassadorCertificate> AmbassadorCertificates => Set<AmbassadorCertificate>();
    public DbSet<Contribution> AmbassadorContributions => Set<Contribution>();
    public DbSet<ContributionWeight> ContributionWeights => Set<ContributionWeight>();
    public DbSet<Referral> AmbassadorReferrals => Set<Referral>();
    public DbSet<Evaluation> AmbassadorEvaluations => Set<Evaluation>();
    public DbSet<Letter> AmbassadorLetters => Set<Letter>();
    public DbSet<Reward> AmbassadorRewards => Set<Reward>();
    public DbSet<DigestSchedule> DigestSchedules => Set<DigestSchedule>();
    public DbSet<Graduate> Graduates => Set<Graduate>();
    public DbSet<ServiceRecord> GraduateServices => Set<ServiceRecord>();
    public DbSet<OutcomeChange> GraduateOutcomes => Set<OutcomeChange>();
    public DbSet<HelpPlan> HelpPlans => Set<HelpPlan>();
    public DbSet<HelpStep> HelpSteps => Set<HelpStep>();
    public DbSet<InternshipPlacement> Internships => Set<InternshipPlacement>();
    public DbSet<Modules.Graduates.Campus.Campus> Campuses => Set<Modules.Graduates.Campus.Campus>();
    public DbSet<Modules.Graduates.Campus.CampusMember> CampusMembers => Set<Modules.Graduates.Campus.CampusMember>();
    public DbSet<Modules.Graduates.Campus.CampusStaffMember> CampusStaff => Set<Modules.Graduates.Campus.CampusStaffMember>();
    public DbSet<Modules.Accounts.Activation.StaffActivation> StaffActivations => Set<Modules.Accounts.Activation.StaffActivation>();
    public DbSet<Modules.Accounts.Approvals.AdminApproval> AdminApprovals => Set<Modules.Accounts.Approvals.AdminApproval>();
    public DbSet<Modules.Accounts.Tokens.ApiToken> ApiTokens => Set<Modules.Accounts.Tokens.ApiToken>();
    public DbSet<Modules.Stations.Programs.StationProgram> StationPrograms => Set<Modules.Stations.Programs.StationProgram>();
    public DbSet<Modules.Stations.Accreditation.Station> Stations => Set<Modules.Stations.Accreditation.Station>();
    public DbSet<Modules.Stations.Accreditation.StationStep> StationSteps => Set<Modules.Stations.Accreditation.StationStep>();
    public DbSet<Modules.Stations.Accreditation.ExpertScore> ExpertScores => Set<Modules.Stations.Accreditation.ExpertScore>();
    public DbSet<Modules.Stations.Accreditation.Objection> Objections => Set<Modules.Stations.Accreditation.Objection>();
    public DbSet<Modules.Stations.Accreditation.StationEvidence> StationEvidence => Set<Modules.Stations.Accreditation.StationEvidence>();
    public DbSet<Modules.Stations.Operation.ServiceEntry> StationServices => Set<Modules.Stations.Operation.ServiceEntry>();
    public DbSet<Modules.Stations.Operation.NetworkMember> NetworkMembers => Set<Modules.Stations.Operation.NetworkMember>();
    public DbSet<Modules.Stations.Lodging.Room> StationRooms => Set<Modules.Stations.Lodging.Room>();
    public DbSet<Modules.Stations.Lodging.Booking> StationBookings => Set<Modules.Stations.Lodging.Booking>();
    public DbSet<Modules.Stations.Lodging.BedNight> StationBedNights => Set<Modules.Stations.Lodging.BedNight>();
    public DbSet<Modules.Stations.Rewards.RewardClaim> StationRewards => Set<Modules.Stations.Rewards.RewardClaim>();
    public DbSet<Modules.Stations.Operation.EventPlan> EventPlans => Set<Modules.Stations.Operation.EventPlan>();
    public DbSet<Modules.Stations.Evaluation.StationEvaluation> StationEvaluations => Set<Modules.Stations.Evaluation.StationEvaluation>();
    public DbSet<Modules.Stations.Evaluation.EvaluationScore> EvaluationScores => Set<Modules.Stations.Evaluation.EvaluationScore>();

    internal CurrentUser? Actor => currentUser;
    internal TimeProvider Clock => clock ?? TimeProvider.System;

    /// <summary>The data-subject keys this context has used (null without field protection: design time, bare tests).</summary>
    internal SubjectKeyRing? SubjectKeys => _subjectKeys ??= protection is null ? null : new SubjectKeyRing(protection);

    /// <summary>Loads (or makes) the data-subject keys that a coming audited save of <paramref name="subjects"/>' personal values
    /// will need, so that a save made while holding a lock reads none of them then.</summary>
    internal Task LoadSubjectKeysAsync(IEnumerable<Guid> subjects, CancellationToken cancellationToken) =>
        SubjectKeys is { } keys ? keys.LoadAsync(this, subjects, [], create: true, Clock.GetUtcNow().UtcDateTime, cancellationToken) : Task.CompletedTask;

    /// <summary>Clears the change tracker and the keys this context has loaded or made: a key made for a save that then
    /// failed was never stored, and must not encrypt the next try's audit rows.</summary>
    internal void ForgetUnsaved()
    {
        ChangeTracker.Clear();
        _subjectKeys = null;
    }

    /// <summary>Read by the region query filter on every query; null means unrestricted.</summary>
    internal string? ScopePrefix => currentUser?.Scope.Prefix;

    public RegionScope Scope => currentUser?.Scope ?? RegionScope.Unrestricted;

    private readonly HashSet<object> _permittedOutsideScope = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Lets this save write one record outside the current scope, because a record inside it says so: a county serves a
    /// graduate from another province, whose talent record belongs to the household region. Only the owning module's contract
    /// calls this, after checking its own record's scope; the audit row names the record's region as always.
    /// </summary>
    internal void PermitOutsideScope(object entity) => _permittedOutsideScope.Add(entity);

    internal bool IsPermittedOutsideScope(object entity) => _permittedOutsideScope.Contains(entity);

    /// <summary>Queues an audit row (sign-in, denial, a view of sensitive data) for the next save.</summary>
    public void Audit(AuditRecord record) => _pendingAudit.Add(record);

    /// <summary>
    /// While set, saves write their rows and keep their audit records for the first save after it is cleared, in
    /// the same transaction. For a long transaction of many saves (an import): its audit rows are then written in one
    /// go at the end (by COPY on PostgreSQL), not save by save.
    /// </summary>
    public bool DeferAudit { get; set; }

    /// <summary>
    /// While set, on PostgreSQL, a save writes its new records by binary COPY (<see cref="NewRowCopy"/>) and detaches
    /// them; changed and deleted ones go by EF as always. For saves of thousands of new records in a transaction of
    /// the caller's (an import), which clear the tracker after each save. Audit rows and the change feed are described
    /// from the tracked records before they are written, as for any save. Such a save scans only changed and deleted
    /// records for changes, not new ones: those are written with their values as they stand, and must not rely on
    /// navigation fix-up (no record of this model has navigations).
    /// </summary>
    public bool CopyNewRows { get; set; }

    /// <summary>Whether the keyword searches may match a two-character term by its stored bigram (<see cref="SearchTerms.Bigrams"/>):
    /// PostgreSQL has GIN indexes on the bigram columns; SQLite (the demo's size) stores them unqueried and uses LIKE.</summary>
    public bool HasBigramIndexes => Database.IsNpgsql();

    internal List<AuditRecord> TakePendingAudit()
    {
        var taken = _pendingAudit.ToList();
        _pendingAudit.Clear();
        return taken;
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        AccountsModel.Configure(b);
        b.ApplyConfiguration(new RegionConfiguration());
        b.ApplyConfiguration(new CalendarEntryConfiguration());
        b.ApplyConfiguration(new CalendarYearConfiguration());
        b.ApplyConfiguration(new OfficeConfiguration());
        b.ApplyConfiguration(new MinimumWageStandardConfiguration());
        Modules.Benefits.BenefitsConfiguration.Configure(b);
        b.ApplyConfiguration(new AuditEntryConfiguration());
        b.ApplyConfiguration(new DataSubjectKeyConfiguration());
        b.ApplyConfiguration(new NotificationConfiguration());
        b.ApplyConfiguration(new OutboxMessageConfiguration());
        b.ApplyConfiguration(new DeliveryAttemptConfiguration());
        b.ApplyConfiguration(new DevelopmentMessageConfiguration());
        b.ApplyConfiguration(new NotificationPreferenceConfiguration());
        b.ApplyConfiguration(new MobileCodeConfiguration());
        b.ApplyConfiguration(new Modules.Notifications.Webhooks.WebhookSubscriptionConfiguration());
        b.ApplyConfiguration(new EmployerConfiguration());
        b.ApplyConfiguration(new EmployerMemberConfiguration());
        b.ApplyConfiguration(new TalentConfiguration());
        b.ApplyConfiguration(new EducationConfiguration());
        b.ApplyConfiguration(new EmploymentChangeConfiguration());
        b.ApplyConfiguration(new ConsentConfiguration());
        b.ApplyConfiguration(new ResumeConfiguration());
        b.ApplyConfiguration(new DeletionRequestConfiguration());
        b.ApplyConfiguration(new JobConfiguration());
        b.ApplyConfiguration(new JobApplicationConfiguration());
        b.ApplyConfiguration(new Modules.Jobs.Interviews.InterviewConfiguration());
        b.ApplyConfiguration(new Modules.Jobs.Conversations.ConversationConfiguration());
        b.ApplyConfiguration(new Modules.Jobs.Conversations.ConversationMessageConfiguration());
        b.ApplyConfiguration(new Modules.Jobs.Conversations.EmployerBlockConfiguration());
        b.ApplyConfiguration(new Modules.Jobs.Conversations.ShortlistEntryConfiguration());
        b.ApplyConfiguration(new ProjectDemandConfiguration());
        b.ApplyConfiguration(new TalentProjectConfiguration());
        b.ApplyConfiguration(new ImportJobConfiguration());
        b.ApplyConfiguration(new ImportFileConfiguration());
        b.ApplyConfiguration(new ChangeFeedEntryConfiguration());
        b.ApplyConfiguration(new MatchRecommendationConfiguration());
        b.ApplyConfiguration(new EventConfiguration());
        b.ApplyConfiguration(new EventSeatsConfiguration());
        b.ApplyConfiguration(new EventRegistrationConfiguration());
        b.ApplyConfiguration(new EventBoothConfiguration());
        b.ApplyConfiguration(new EventInvitationConfiguration());
        AmbassadorsConfiguration.Configure(b);
        GraduatesConfiguration.Configure(b);
        Modules.Stations.StationsConfiguration.Configure(b);
        Modules.Complaints.ComplaintsConfiguration.Configure(b);
        b.ApplyConfiguration(new Modules.Reporting.Files.ReportFileConfiguration());
        b.Entity<DataProtectionKey>().ToTable("platform_data_protection_key").IsNotAudited();

        foreach (var type in b.Model.GetEntityTypes().Where(t => typeof(IRegionScoped).IsAssignableFrom(t.ClrType)))
        {
            var e = Expression.Parameter(type.ClrType, "e");
            var code = Expression.Property(Expression.Convert(e, typeof(IRegionScoped)), nameof(IRegionScoped.RegionCode));
            var prefix = Expression.Property(Expression.Constant(this), nameof(ScopePrefix));
            var startsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
            Expression inScope = Expression.Call(code, startsWithMethod, prefix);
            if (typeof(INativePlaceScoped).IsAssignableFrom(type.ClrType))
            {
                var native = Expression.Property(Expression.Convert(e, typeof(INativePlaceScoped)), nameof(INativePlaceScoped.NativePlaceCode));
                inScope = Expression.OrElse(inScope, Expression.AndAlso(
                    Expression.NotEqual(native, Expression.Constant(null, typeof(string))), Expression.Call(native, startsWithMethod, prefix)));
            }
            var body = Expression.OrElse(Expression.Equal(prefix, Expression.Constant(null, typeof(string))), inScope);
            b.Entity(type.ClrType).HasQueryFilter(RegionFilter, Expression.Lambda(body, e));
        }
    }

    /// <summary>Only for framework code that saves synchronously (the data-protection key ring), which
    /// writes nothing audited; domain code uses SaveChangesAsync.</summary>
    /// <summary>
    /// Loads a region-scoped record by id for the current user. A record that exists outside the scope comes
    /// back as null, like a missing one, and the attempt is written to the audit trail as a denied access.
    /// </summary>
    public async Task<T?> FindInScopeAsync<T>(Guid id, CancellationToken cancellationToken, bool tracked = true)
        where T : class, IRegionScoped
    {
        var set = tracked ? Set<T>() : Set<T>().AsNoTracking();
        var found = await set.FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, cancellationToken);
        if (found is not null || ScopePrefix is null) return found;

        // Only to tell "outside your scope" from "not there" for the audit trail; the caller gets null either way.
        var outside = await Set<T>().IgnoreQueryFilters([RegionFilter]).AsNoTracking()
            .Where(e => EF.Property<Guid>(e, "Id") == id).Select(e => e.RegionCode).FirstOrDefaultAsync(cancellationToken);
        if (outside is null) return null;
        // A context of its own, so that nothing the caller has pending is saved with the denial.
        await using var audit = new YincaiDb(options, currentUser, clock, protection);
        audit.Audit(new AuditRecord(AuditActions.AccessDenied, AuditOutcome.Denied, currentUser?.Id, currentUser?.UserName,
            typeof(T).Name, id.ToString(), outside, After: AuditJson.Serialize(new { reason = "scope" }), IpAddress: currentUser?.IpAddress));
        await audit.SaveChangesAsync(cancellationToken);
        return null;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditWriter.EnsureNothingToAudit(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditWriter.SaveWithAuditAsync(this, acceptAllChangesOnSuccess, cancellationToken);

    internal async Task<int> BaseSaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var copied = 0;
        if (CopyNewRows && Database.IsNpgsql())
        {
            if (Database.CurrentTransaction is null)
                throw new InvalidOperationException("Rows written by COPY need a transaction: they commit with the rest of the save.");
            copied = await NewRowCopy.WriteAsync(this, cancellationToken);
        }
        return copied + await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
