using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Complaints;

/// <summary>What a filer gives, from the public form or the API.</summary>
public sealed class ComplaintForm
{
    public ComplaintKind? Kind { get; set; }
    public ComplaintTarget? Target { get; set; }

    /// <summary>The employer's name or credit code (Target Employer), or the intermediary's name (Target Named).</summary>
    public string? AgainstName { get; set; }

    public Guid? JobId { get; set; }
    public string? Description { get; set; }
    public DateOnly? OccurredOn { get; set; }

    /// <summary>Where it happened, when the complaint is not about an employer or job on the platform.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The filer's name; an anonymous filer may leave it out.</summary>
    public string? FilerName { get; set; }

    /// <summary>An anonymous filer's mobile number and the SMS code that proves it.</summary>
    public string? Mobile { get; set; }

    public string? Code { get; set; }
}

/// <summary>An evidence file as uploaded.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>
/// Files complaints (GRD-14): checks the form, finds the responsible region (the employer's or the job's, else where it
/// happened) and its officers (the city's or the province's where the region has none), sets the deadline in working
/// days on the holiday calendar, and tells the officers and the filer, all in one transaction.
/// </summary>
public sealed class ComplaintIntake(YincaiDb db, ChinaClock clock, CurrentUser current, FieldProtection protection, EmployerDirectory employers,
    EmployerJobs jobs, RegionDirectory regions, AccountDirectory accounts, WorkingDays workingDays, MobileCodes codes, Notifier notifier,
    IOptions<ComplaintsOptions> options, Microsoft.Extensions.Localization.IStringLocalizer<ComplaintsResource> text)
{
    public const string CodePurpose = "complaint";

    public DateOnly Today => clock.Today;

    /// <summary>Files the complaint of the signed-in user, or of an anonymous filer whose code proves the mobile number.</summary>
    /// <remarks>The code is checked (and spent) only once the rest of the form is right, so that a mistake elsewhere does not
    /// cost the filer their code.</remarks>
    public Task<Result<Complaint>> FileAsync(ComplaintForm form, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken) =>
        FileAsync(form, files, current.Id is null ? () => codes.VerifyAsync(form.Mobile, CodePurpose, form.Code, cancellationToken) : null, cancellationToken);

    /// <summary>Files the complaint once the filer is known: signed in, or an anonymous mobile number already proved (by
    /// <see cref="FileAsync"/>, or for the demo data).</summary>
    public Task<Result<Complaint>> FileProvedAsync(ComplaintForm form, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken) =>
        FileAsync(form, files, null, cancellationToken);

    private async Task<Result<Complaint>> FileAsync(ComplaintForm form, IReadOnlyList<UploadedFile> files, Func<Task<Result>>? prove,
        CancellationToken cancellationToken)
    {
        if (form.Kind is not { } kind || !Enum.IsDefined(kind)) return ComplaintErrors.KindRequired;
        if (form.Target is not { } target || !Enum.IsDefined(target)) return ComplaintErrors.TargetRequired;
        var description = form.Description?.Trim() ?? "";
        if (description.Length == 0) return ComplaintErrors.DescriptionRequired;
        if (description.Length > Complaint.DescriptionMax) return ComplaintErrors.DescriptionTooLong;
        if (form.OccurredOn is not { } occurredOn) return ComplaintErrors.OccurredOnRequired;
        if (occurredOn > clock.Today) return ComplaintErrors.OccurredInFuture;
        var evidence = CheckFiles(files);
        if (evidence.IsError) return evidence.Error!;

        // Against whom, and so where.
        Guid? employerId = null, jobId = null;
        string againstName, regionCode;
        ComplaintRouting routing;
        switch (target)
        {
            case ComplaintTarget.Job:
                if (form.JobId is not { } id || await jobs.FactsAsync(id, cancellationToken) is not { } job) return ComplaintErrors.UnknownJob;
                (jobId, employerId, againstName, regionCode, routing) = (job.Id, job.EmployerId, job.EmployerName + " · " + job.Title, job.RegionCode, ComplaintRouting.Job);
                break;
            case ComplaintTarget.Employer:
                if (string.IsNullOrWhiteSpace(form.AgainstName)) return ComplaintErrors.AgainstRequired;
                if (await employers.VerifiedByNameOrCodeAsync(form.AgainstName.Trim(), cancellationToken) is not { } employer)
                    return ComplaintErrors.UnknownEmployer;
                (employerId, againstName, regionCode, routing) = (employer.Id, employer.Name, employer.RegionCode, ComplaintRouting.Employer);
                break;
            default:
                if (string.IsNullOrWhiteSpace(form.AgainstName)) return ComplaintErrors.AgainstRequired;
                if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
                    return ComplaintErrors.UnknownRegion;
                (againstName, regionCode, routing) = (Clip(form.AgainstName.Trim(), 200), form.RegionCode!, ComplaintRouting.Filer);
                break;
        }

        // Who files: the signed-in account, or a mobile number proved by its code.
        string filerName;
        string? mobile;
        var filerId = current.Id;
        if (filerId is { } userId)
        {
            filerName = string.IsNullOrWhiteSpace(form.FilerName)
                ? (await accounts.DisplayNamesAsync([userId], cancellationToken)).GetValueOrDefault(userId) ?? ""
                : Clip(form.FilerName.Trim(), 50);
            mobile = await accounts.MobileOfAsync(userId, cancellationToken);
        }
        else
        {
            var number = Platform.Validation.MobileNumber.Validate(form.Mobile, text["Field_Mobile"]);
            if (number.IsError) return number.Error! with { Field = "Mobile" };
            mobile = number.Value;
            filerName = Clip(form.FilerName?.Trim() ?? "", 50);
        }

        if (prove is not null && await prove() is { IsError: true } unproved) return unproved.Error!;

        // Deadline in working days from the day of receipt (China time).
        var today = clock.Today;
        var o = options.Value;
        var dueAnswer = await workingDays.AddAsync(today, o.HandlingWorkingDays, cancellationToken);
        var remindAnswer = await workingDays.AddAsync(today, Math.Max(0, o.HandlingWorkingDays - o.ReminderWorkingDays), cancellationToken);
        var (due, remind) = (dueAnswer.Value, remindAnswer.Value);
        var (assigned, officers) = await OfficersAsync(regionCode, cancellationToken);

        var complaint = new Complaint(NewTrackingNumber(today), kind, target, employerId, jobId, againstName, description, occurredOn, regionCode,
            assigned, routing, filerId, protection.Encrypt(filerName), mobile is null ? null : protection.Encrypt(mobile), clock.UtcNow, today, due, remind,
            !dueAnswer.Known || !remindAnswer.Known);
        db.Complaints.Add(complaint);
        db.ComplaintSteps.Add(new ComplaintStep(complaint, ComplaintStepKind.Filed, filerId, null, clock.UtcNow));
        foreach (var (file, type) in evidence.Value!)
            db.ComplaintEvidence.Add(new ComplaintEvidence(complaint, Clip(Path.GetFileName(file.FileName), 200), type, file.Content, clock.UtcNow));

        var dueText = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await notifier.NotifyAllAsync(officers, NotificationKinds.ComplaintAssigned, [complaint.TrackingNumber, dueText],
            "/Complaints/Manage/Details?id=" + complaint.Id, cancellationToken);
        if (filerId is { } filer)
            await notifier.NotifyAsync(filer, NotificationKinds.ComplaintFiled, [complaint.TrackingNumber], "/Complaints/Track?number=" + complaint.TrackingNumber, cancellationToken);
        else if (mobile is not null)
            notifier.SendSms(mobile, NotificationKinds.ComplaintFiled, [complaint.TrackingNumber]);
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    /// <summary>The officers who handle complaints of <paramref name="regionCode"/>: its own, else its city's, else its province's.</summary>
    public async Task<(string Region, List<Guid> Officers)> OfficersAsync(string regionCode, CancellationToken cancellationToken)
    {
        foreach (var level in new[] { regionCode, regionCode[..4] + "00", regionCode[..2] + "0000" }.Distinct())
        {
            var staff = await accounts.StaffOfRegionAsync(Roles.Officer, level, cancellationToken);
            if (staff.Count > 0) return (level, staff.Select(s => s.Id).ToList());
        }
        return (regionCode, []);
    }

    private static Result<List<(UploadedFile File, string Type)>> CheckFiles(IReadOnlyList<UploadedFile> files)
    {
        if (files.Count > ComplaintEvidence.MaxFiles) return ComplaintErrors.TooManyFiles;
        var checkedFiles = new List<(UploadedFile, string)>();
        foreach (var file in files)
        {
            if (file.Content.Length > ComplaintEvidence.MaxBytes) return ComplaintErrors.FileTooLarge(file.FileName);
            if (EvidenceFile.ContentType(file.Content) is not { } type) return ComplaintErrors.FileType(file.FileName);
            checkedFiles.Add((file, type));
        }
        return checkedFiles;
    }

    // Unambiguous letters and digits: read out over the phone, typed on a phone.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>TS + date of receipt + 8 random characters: not guessable, so the number alone opens the tracking page.</summary>
    public static string NewTrackingNumber(DateOnly today) =>
        "TS" + today.ToString("yyMMdd", CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetString(Alphabet, 8);

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
