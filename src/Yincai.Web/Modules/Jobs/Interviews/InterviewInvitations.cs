using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Interviews;

/// <summary>The employer's invitation form; the time is China time as typed.</summary>
public sealed class InterviewForm
{
    [Required(ErrorMessage = "Required"), Display(Name = "Field_InterviewStartsAt")] public DateTime? StartsAt { get; set; }
    [Range(15, 480, ErrorMessage = "Range"), Display(Name = "Field_InterviewMinutes")] public int Minutes { get; set; } = 60;
    [Display(Name = "Field_InterviewOnline")] public bool Online { get; set; }
    [StringLength(200, ErrorMessage = "MaxLength"), Display(Name = "Field_InterviewPlace")] public string? Place { get; set; }
    [StringLength(300, ErrorMessage = "MaxLength"), Display(Name = "Field_InterviewLink")] public string? Link { get; set; }
    [StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_InterviewContact")] public string? ContactName { get; set; }
    [StringLength(30, ErrorMessage = "MaxLength"), Display(Name = "Field_InterviewPhone")] public string? ContactPhone { get; set; }
    [StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_InterviewNotes")] public string? Notes { get; set; }
}

/// <summary>
/// Interview invitations (issue 22): the employer invites an applicant with a time, a place or an online link and a contact; the
/// talent accepts, declines or asks for another time, and the employer's members hear of the answer; a reminder goes out the day
/// before (<see cref="InterviewReminderRound"/>); either side can add it to a calendar (<see cref="Ics"/>).
/// </summary>
public sealed class InterviewInvitations(YincaiDb db, EmployerDirectory employers, Notifier notifier, ChinaClock clock,
    IStringLocalizer<JobsResource> text)
{
    /// <summary>At least this long ahead, so that the talent can read it and come.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromHours(2);

    public async Task<Result<Interview>> InviteAsync(Guid employerUserId, Guid applicationId, InterviewForm form, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(employerUserId, cancellationToken) is not { } employer) return JobErrors.NoEmployer;
        if (await db.JobApplications.FirstOrDefaultAsync(a => a.Id == applicationId && a.EmployerId == employer.Id, cancellationToken) is not { } application
            || application.Status is ApplicationStatus.Hired or ApplicationStatus.Rejected or ApplicationStatus.Offer)
            return JobErrors.ApplicationStep;
        var checkedForm = Check(form);
        if (checkedForm.IsError) return checkedForm.Error!;
        var now = clock.UtcNow;
        foreach (var open in await db.Interviews.Where(i => i.ApplicationId == applicationId
                     && (i.Status == InterviewStatus.Proposed || i.Status == InterviewStatus.Accepted || i.Status == InterviewStatus.OtherTimeAsked))
                     .ToListAsync(cancellationToken))
            open.Replace(now);
        if (application.Status is ApplicationStatus.Submitted or ApplicationStatus.Viewed) application.MoveTo(ApplicationStatus.Interview, now);
        var interview = new Interview(application, employer.Name, checkedForm.Value!, now);
        db.Interviews.Add(interview);
        await notifier.NotifyAsync(application.TalentUserId, NotificationKinds.InterviewInvited,
            [interview.JobTitle, employer.Name, When(interview), Where(interview)], "/Jobs/Applications", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return interview;
    }

    private Result<InterviewDetails> Check(InterviewForm form)
    {
        if (form.StartsAt is not { } local) return JobErrors.InterviewTime;
        var starts = ChinaClock.ToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        if (starts < clock.UtcNow + Notice || starts > clock.UtcNow.AddDays(180)) return JobErrors.InterviewTime;
        if (form.Minutes is < 15 or > 480) return JobErrors.InterviewMinutes;
        var place = Clean(form.Place);
        var link = Clean(form.Link);
        if (form.Online)
        {
            if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return JobErrors.InterviewLink;
        }
        else if (place is null) return JobErrors.InterviewPlace;
        if (Clean(form.ContactName) is not { } contact) return JobErrors.InterviewContact;
        if (Clean(form.ContactPhone) is not { } phone || phone.Any(c => !(char.IsAsciiDigit(c) || c is '-' or '+' or ' ' or '(' or ')')) || phone.Count(char.IsAsciiDigit) < 7)
            return JobErrors.InterviewPhone;
        return new InterviewDetails(starts, form.Minutes, form.Online, form.Online ? null : place, form.Online ? link : null, contact, phone,
            Clean(form.Notes));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The talent's answer; the employer's members are told, with the note.</summary>
    public async Task<Result<Interview>> AnswerAsync(Guid talentUserId, Guid interviewId, InterviewStatus answer, string? reply,
        CancellationToken cancellationToken)
    {
        if (await db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId && i.TalentUserId == talentUserId, cancellationToken) is not { } interview)
            return JobErrors.InterviewClosed;
        if (reply?.Trim().Length > 500) return JobErrors.InterviewAnswer;
        var answered = interview.Answer(answer, reply, clock.UtcNow);
        if (answered.IsError) return answered.Error!;
        var talentName = await db.JobApplications.Where(a => a.Id == interview.ApplicationId).Select(a => a.TalentName).FirstAsync(cancellationToken);
        await notifier.NotifyAllAsync(await employers.MemberUserIdsAsync(interview.EmployerId, cancellationToken), NotificationKinds.InterviewAnswered,
            [interview.JobTitle, talentName, When(interview), text["InterviewStatus_" + answer].Value, interview.Reply ?? ""],
            $"/Jobs/Own/Applicants?jobId={interview.JobId}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return interview;
    }

    /// <summary>The talent's invitations, newest first.</summary>
    public Task<List<Interview>> OfTalentUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Interviews.AsNoTracking().Where(i => i.TalentUserId == userId).OrderByDescending(i => i.CreatedAtUtc).ToListAsync(cancellationToken);

    /// <summary>The latest invitation of each of the employer's applications.</summary>
    public async Task<Dictionary<Guid, Interview>> LatestOfAsync(Guid employerId, IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken) =>
        applicationIds.Count == 0 ? [] : (await db.Interviews.AsNoTracking()
                .Where(i => i.EmployerId == employerId && applicationIds.Contains(i.ApplicationId)).ToListAsync(cancellationToken))
            .GroupBy(i => i.ApplicationId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.CreatedAtUtc)!);

    public Task<Interview?> OfTalentAsync(Guid talentUserId, Guid interviewId, CancellationToken cancellationToken) =>
        db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interviewId && i.TalentUserId == talentUserId, cancellationToken);

    /// <summary>When, in China time: 2026-12-08 14:30（60 分钟）.</summary>
    public string When(Interview i) =>
        ChinaClock.ToChina(i.StartsAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + text["Interview_Minutes", i.Minutes];

    public string Where(Interview i) => i.Online ? text["Interview_OnlineAt", i.Link ?? ""] : i.Place ?? "";

    /// <summary>The invitation as an iCalendar event (RFC 5545) to add to a phone's or a mail client's calendar.</summary>
    public string Ics(Interview i)
    {
        static string Escape(string value) => value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r", "").Replace("\n", "\\n");
        static string Utc(DateTime t) => t.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var description = text["Interview_IcsDescription", i.ContactName, i.ContactPhone, i.Notes ?? ""].Value;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yincai//Interviews//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "BEGIN:VEVENT", $"UID:{i.Id}@yincai", $"DTSTAMP:{Utc(i.UpdatedAtUtc)}", $"DTSTART:{Utc(i.StartsAtUtc)}", $"DTEND:{Utc(i.EndsAtUtc)}",
            "SUMMARY:" + Escape(text["Interview_IcsSummary", i.JobTitle, i.EmployerName]),
            "LOCATION:" + Escape(Where(i)),
            "DESCRIPTION:" + Escape(description),
        };
        if (i.Online && i.Link is not null) lines.Add("URL:" + i.Link);
        lines.AddRange(["BEGIN:VALARM", "TRIGGER:-PT1H", "ACTION:DISPLAY", "DESCRIPTION:" + Escape(text["Interview_IcsSummary", i.JobTitle, i.EmployerName]),
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]);
        var ics = new StringBuilder();
        foreach (var line in lines) Fold(ics, line);
        return ics.ToString();
    }

    /// <summary>Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75) { ics.Append("\r\n "); octets = 1; }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }
}
