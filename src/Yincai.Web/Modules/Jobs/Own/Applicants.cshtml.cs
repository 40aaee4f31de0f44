using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Jobs.Interviews;
using Yincai.Modules.Matching.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Own;

/// <summary>The employer's applicants for one job, each with the résumé as it was sent and the steps it may take next.</summary>
public sealed class ApplicantsModel(JobApplications applications, TalentDirectory talents, ApplicantFits fits, InterviewInvitations interviews,
    CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid JobId { get; set; }
    public IReadOnlyList<JobApplication> Items { get; private set; } = [];
    public IReadOnlySet<Guid> ResumesWithPdf { get; private set; } = new HashSet<Guid>();

    /// <summary>School, degree, major and graduation of each applicant, as on their profile now.</summary>
    public IReadOnlyDictionary<Guid, GraduateCard> Cards { get; private set; } = new Dictionary<Guid, GraduateCard>();

    /// <summary>The latest interview invitation of each application.</summary>
    public IReadOnlyDictionary<Guid, Interview> Interviews { get; private set; } = new Dictionary<Guid, Interview>();
    public InterviewInvitations Invitations => interviews;

    /// <summary>How well each applicant fits this job, with the reasons (by talent).</summary>
    public IReadOnlyDictionary<Guid, ApplicantFit> Fits { get; private set; } = new Dictionary<Guid, ApplicantFit>();

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        Items = await applications.OfEmployerJobAsync(userId, JobId, HttpContext.RequestAborted);
        var resumeIds = Items.Select(a => a.ResumeId).OfType<Guid>().ToList();
        if (resumeIds.Count > 0) ResumesWithPdf = await talents.WithPdfAsync(resumeIds, HttpContext.RequestAborted);
        var talentIds = Items.Select(a => a.TalentId).Distinct().ToList();
        if (talentIds.Count > 0)
        {
            Cards = await talents.CardsAsync(talentIds, HttpContext.RequestAborted);
            Fits = await fits.ForJobAsync(JobId, talentIds, HttpContext.RequestAborted);
            Interviews = await interviews.LatestOfAsync(Items[0].EmployerId, Items.Select(a => a.Id).ToList(), HttpContext.RequestAborted);
        }
        return Page();
    }

    /// <summary>The PDF of the résumé sent with an application: for the employer that owns the job only, audited.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid applicationId)
    {
        if (current.Id is not { } userId) return Challenge();
        if (await applications.ResumePdfAsync(userId, applicationId, HttpContext.RequestAborted) is not { Pdf: { } pdf } resume) return NotFound();
        return File(pdf, "application/pdf", resume.PdfFileName ?? "resume.pdf");
    }

    public async Task<IActionResult> OnPostAsync(Guid applicationId, ApplicationStatus status)
    {
        if (current.Id is not { } userId) return Challenge();
        var moved = await applications.MoveAsync(userId, applicationId, status, HttpContext.RequestAborted);
        if (moved.IsError)
        {
            ModelState.AddModelError("", moved.Error!.Message);
            return await OnGetAsync();
        }
        return Redirect("/Jobs/Own/Applicants?jobId=" + JobId);
    }
}
