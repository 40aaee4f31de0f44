using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>
/// Accreditation (DESIGN.md §3): an operator applies and resubmits; each review stage's officers record their site visit and
/// pass, return or reject; reviewer accounts score at the stages with experts; after the last stage the public notice starts,
/// during which anyone may object; the program's officers answer the objections and name the station (certificate number
/// and PDF) or reject it. Every step is written to the station's record with who, when and why, in the same save.
/// </summary>
public sealed class StationAccreditation(YincaiDb db, CurrentUser current, ChinaClock clock, RegionDirectory regions, WorkingDays workingDays,
    IndustryCatalog industries, AccountDirectory accounts, Notifier notifier, StationDocuments documents)
{
    public const int MaxEvidenceBytes = 5 * 1024 * 1024;

    private DateTime Now => clock.UtcNow;

    public Task<List<StationProgram>> ProgramsAsync(CancellationToken cancellationToken) =>
        db.StationPrograms.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);

    public Task<StationProgram?> ProgramAsync(Guid id, CancellationToken cancellationToken) =>
        db.StationPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>The applications and stations the signed-in operator runs, newest first.</summary>
    public Task<List<Station>> MineAsync(CancellationToken cancellationToken) =>
        current.Id is { } me && current.IsInRole(Roles.StationOperator)
            ? db.Stations.AsNoTracking().Where(s => s.OperatorId == me).OrderByDescending(s => s.CreatedAtUtc).ToListAsync(cancellationToken)
            : Task.FromResult(new List<Station>());

    /// <summary>A station as its operator or a reviewing officer or expert sees it: the operator's own, or one in the viewer's scope.</summary>
    public async Task<Station?> ViewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (current.IsInRole(Roles.Officer) || current.IsInRole(Roles.Reviewer)) return await db.FindInScopeAsync<Station>(id, cancellationToken, tracked: false);
        return current.Id is { } me && current.IsInRole(Roles.StationOperator)
            ? await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.OperatorId == me, cancellationToken)
            : null;
    }

    public async Task<Result<Station>> CreateAsync(StationForm form, IReadOnlyList<StationUpload> files, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.StationOperator) || current.Id is not { } me) return StationErrors.NotOperator;
        var checkedForm = await CheckAsync(form, cancellationToken);
        if (checkedForm.IsError) return checkedForm.Error!;
        var (program, details) = checkedForm.Value;
        var station = new Station(program.Id, details, me, Now);
        var added = AddFiles(station, files);
        if (added.IsError) return added.Error!;
        db.Stations.Add(station);
        await db.SaveChangesAsync(cancellationToken);
        return station;
    }

    public async Task<Result<Station>> EditAsync(Guid id, int version, StationForm form, IReadOnlyList<StationUpload> files,
        CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, version, cancellationToken) is not { } station) return StationErrors.NotFound;
        if (form.ProgramId != station.ProgramId) return StationErrors.UnknownProgram;
        var checkedForm = await CheckAsync(form, cancellationToken);
        if (checkedForm.IsError) return checkedForm.Error!;
        var edited = station.Edit(checkedForm.Value.Details);
        if (edited.IsError) return edited.Error!;
        var added = AddFiles(station, files);
        if (added.IsError) return added.Error!;
        return await SaveAsync(station, cancellationToken);
    }

    /// <summary>Submits (or resubmits) once every condition is met and the program takes applications (STN-07).</summary>
    public async Task<Result<Station>> SubmitAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, version, cancellationToken) is not { } station) return StationErrors.NotFound;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        if (!program.TakesApplicationsOn(clock.Today)) return StationErrors.ClosedForApplications(program.ApplicationsFrom, program.ApplicationsUntil);
        var withFiles = (await db.StationEvidence.Where(e => e.StationId == id).Select(e => e.ConditionKey).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var unmet = ConditionCheck.Unmet(program.Definition, station.Content, withFiles);
        if (unmet.Count > 0) return unmet[0] with { Message = string.Join(" ", unmet.Select(e => e.Message)) };
        var submitted = station.Submit(Now);
        if (submitted.IsError) return submitted.Error!;
        var stage = program.Definition.Stages[station.StageIndex];
        await StepAsync(station, StepAction.Submitted, stage.Key, null, cancellationToken);
        await TellStageAsync(program, station, stage, cancellationToken);
        return await SaveAsync(station, cancellationToken);
    }

    /// <summary>The conditions the application does not meet yet, for the form to show before submitting.</summary>
    public async Task<IReadOnlyList<Error>> UnmetAsync(Station station, CancellationToken cancellationToken)
    {
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        var withFiles = (await db.StationEvidence.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(e => e.StationId == station.Id)
            .Select(e => e.ConditionKey).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return ConditionCheck.Unmet(program.Definition, station.Content, withFiles);
    }

    /// <summary>What the current stage's officers found on site (实地查看), dated.</summary>
    public Task<Result<Station>> RecordSiteVisitAsync(Guid id, int version, DateOnly? visitedOn, string? findings, CancellationToken cancellationToken) =>
        AtStageAsync(id, version, async (station, program, stage) =>
        {
            if (visitedOn is not { } on || on > clock.Today) return StationErrors.SiteVisitDate;
            if (string.IsNullOrWhiteSpace(findings)) return StationErrors.FindingsRequired;
            await StepAsync(station, StepAction.SiteVisit, stage.Key, findings.Trim(), cancellationToken, on);
            return Result.Ok();
        }, cancellationToken);

    public Task<Result<Station>> PassAsync(Guid id, int version, string? note, CancellationToken cancellationToken) =>
        AtStageAsync(id, version, async (station, program, stage) =>
        {
            var visited = await db.StationSteps.AnyAsync(s => s.StationId == id && s.StageKey == stage.Key && s.Action == StepAction.SiteVisit, cancellationToken);
            var scores = await db.ExpertScores.Where(s => s.StationId == id && s.StageKey == stage.Key).Select(s => s.Score).ToListAsync(cancellationToken);
            var today = clock.Today;
            var until = await workingDays.AddAsync(today, program.Definition.NoticeWorkingDays, cancellationToken);
            var passed = station.Pass(stage, visited, scores, program.Definition.PassScore, program.Definition.Stages.Count, today, until.Value);
            if (passed.IsError) return passed;
            await StepAsync(station, StepAction.Passed, stage.Key, Trimmed(note), cancellationToken);
            if (station.Status == StationStatus.PublicNotice)
            {
                await StepAsync(station, StepAction.NoticeStarted, null, null, cancellationToken, until.Value);
                await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationInPublicNotice, [station.Name, MessageValues.Date(until.Value)], "/Stations/Mine",
                    cancellationToken);
            }
            else await TellStageAsync(program, station, program.Definition.Stages[station.StageIndex], cancellationToken);
            return Result.Ok();
        }, cancellationToken);

    public Task<Result<Station>> ReturnAsync(Guid id, int version, string? reason, CancellationToken cancellationToken) =>
        AtStageAsync(id, version, async (station, program, stage) =>
        {
            var returned = station.Return(reason ?? "");
            if (returned.IsError) return returned;
            await StepAsync(station, StepAction.Returned, stage.Key, station.Reason, cancellationToken);
            await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationReturned, [station.Name, station.Reason!], "/Stations/Mine", cancellationToken);
            return Result.Ok();
        }, cancellationToken);

    /// <summary>Refused: by the current stage's officers in review, or by the program's officers after the public notice.</summary>
    public async Task<Result<Station>> RejectAsync(Guid id, int version, string? reason, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Station>(id, cancellationToken) is not { } station) return StationErrors.NotFound;
        db.Entry(station).Property(s => s.Version).OriginalValue = version;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        var stage = station.Status == StationStatus.InReview ? program.Definition.Stages[station.StageIndex] : null;
        var prefix = stage is null ? program.ProgramPrefix : program.StagePrefix(stage, station.RegionCode);
        if (!IsOfficerOf(prefix)) return StationErrors.NotYourStage;
        var rejected = station.Reject(reason ?? "");
        if (rejected.IsError) return rejected.Error!;
        await StepAsync(station, StepAction.Rejected, stage?.Key, station.Reason, cancellationToken);
        await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationRejected, [station.Name, station.Reason!], "/Stations/Mine", cancellationToken);
        return await SaveAsync(station, cancellationToken);
    }

    /// <summary>An expert's score at the current stage, if it takes experts; a second score by the same expert replaces the first.</summary>
    public async Task<Result<Station>> ScoreAsync(Guid id, int? score, bool recommend, string? comment, CancellationToken cancellationToken)
    {
        if (!current.IsInRole(Roles.Reviewer) || current.Id is not { } me) return StationErrors.NotYourStage;
        if (await db.FindInScopeAsync<Station>(id, cancellationToken) is not { } station) return StationErrors.NotFound;
        if (station.Status != StationStatus.InReview) return StationErrors.NotInReview;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        var stage = program.Definition.Stages[station.StageIndex];
        if (stage.Experts == 0) return StationErrors.NotExpertStage;
        if (score is not { } value) return StationErrors.ScoreRange;
        var row = await db.ExpertScores.FirstOrDefaultAsync(s => s.StationId == id && s.StageKey == stage.Key && s.ReviewerId == me, cancellationToken);
        if (row is null)
        {
            row = new ExpertScore(station, stage.Key, me, await NameOfAsync(me, cancellationToken));
            db.ExpertScores.Add(row);
        }
        var set = row.Set(value, recommend, comment, Now);
        if (set.IsError) return set.Error!;
        await StepAsync(station, StepAction.ExpertScore, stage.Key, $"{value}", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
        return station;
    }

    /// <summary>Anyone, signed in or not, objects to a station in its public notice (公示).</summary>
    public async Task<Result> ObjectAsync(Guid id, string? filedBy, string? contact, string? text, CancellationToken cancellationToken)
    {
        // Public: the notice is open to everyone whatever their scope, like the page that shows it.
        var station = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (station is null) return StationErrors.NotFound;
        if (!station.TakesObjectionsOn(clock.Today)) return StationErrors.ObjectionClosed;
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > Objection.MaxText) return StationErrors.ObjectionText;
        var objection = new Objection(station, Clip(filedBy, 50), Clip(contact, 50), text.Trim(), Now);
        db.PermitOutsideScope(objection);
        db.Objections.Add(objection);
        var step = new StationStep(station, StepAction.Objection, null, current.Id, filedBy?.Trim() is { Length: > 0 } name ? Clip(name, 50)! : StationTexts.Anonymous, null, Now);
        db.PermitOutsideScope(step);
        db.StationSteps.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result<Station>> AnswerObjectionAsync(Guid id, Guid objectionId, string? answer, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Station>(id, cancellationToken) is not { } station) return StationErrors.NotFound;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        if (!IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        var objection = await db.Objections.FirstOrDefaultAsync(o => o.Id == objectionId && o.StationId == id, cancellationToken);
        if (objection is null) return StationErrors.NotFound;
        var answered = objection.Respond(answer ?? "", current.Id!.Value, Now);
        if (answered.IsError) return answered.Error!;
        await StepAsync(station, StepAction.ObjectionAnswered, null, objection.Answer, cancellationToken);
        return await SaveAsync(station, cancellationToken);
    }

    /// <summary>组织审定 and 授牌: the program's officers name the station after its notice; it gets its certificate number.</summary>
    public async Task<Result<Station>> NameAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Station>(id, cancellationToken) is not { } station) return StationErrors.NotFound;
        db.Entry(station).Property(s => s.Version).OriginalValue = version;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        if (!IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        var today = clock.Today;
        var open = await db.Objections.CountAsync(o => o.StationId == id && o.Answer == null, cancellationToken);
        var prefix = $"{program.Definition.NumberPrefix}-{today.Year}-";
        // Numbers of the program's year, wherever the stations are: the unique index refuses a number taken meanwhile.
        var taken = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .CountAsync(s => s.CertificateNumber != null && s.CertificateNumber.StartsWith(prefix), cancellationToken);
        var named = station.Accredit(today, open, Station.NumberOf(program.Definition.NumberPrefix, today.Year, taken + 1),
            Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant());
        if (named.IsError) return named.Error!;
        await StepAsync(station, StepAction.Named, null, station.CertificateNumber, cancellationToken);
        // The plaque is the program's data in both languages: each template takes its own.
        await notifier.NotifyAsync(station.OperatorId, NotificationKinds.StationNamed,
            [station.Name, station.CertificateNumber!, program.Definition.Plaque.Zh, program.Definition.Plaque.English], "/Stations/Mine", cancellationToken);
        return await SaveAsync(station, cancellationToken);
    }

    /// <summary>The program's officers set the window in which it takes applications (STN-07: the pilot's, or longer).</summary>
    public async Task<Result<StationProgram>> SetWindowAsync(Guid programId, int version, DateOnly? from, DateOnly? until, CancellationToken cancellationToken)
    {
        if (await db.StationPrograms.FirstOrDefaultAsync(p => p.Id == programId, cancellationToken) is not { } program) return StationErrors.UnknownProgram;
        if (!IsOfficerOf(program.ProgramPrefix)) return StationErrors.NotYourStage;
        db.Entry(program).Property(p => p.Version).OriginalValue = version;
        var set = program.SetWindow(from, until);
        if (set.IsError) return set.Error!;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return program;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
    }

    /// <summary>Of these records of stations, those whose program the signed-in officer decides for (a district's officer sees
    /// a city program's claims and plans in their scope, but the city's officers decide them).</summary>
    public async Task<List<T>> OfMyProgramsAsync<T>(IReadOnlyList<T> records, Func<T, Guid> stationOf, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return [];
        var ids = records.Select(stationOf).Distinct().ToList();
        var programOf = await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.ProgramId }).ToDictionaryAsync(s => s.Id, s => s.ProgramId, cancellationToken);
        var mine = (await ProgramsAsync(cancellationToken)).Where(p => IsOfficerOf(p.ProgramPrefix)).Select(p => p.Id).ToHashSet();
        return records.Where(r => programOf.TryGetValue(stationOf(r), out var program) && mine.Contains(program)).ToList();
    }

    /// <summary>The officers of a stage: officers whose scope is exactly the stage's level (not a county's officer for a city stage).</summary>
    public bool IsOfficerOf(string prefix) => current.IsInRole(Roles.Officer) && current.Scope.Prefix == prefix;

    /// <summary>May the signed-in officer act at this station's current stage.</summary>
    public bool MayActAtStage(StationProgram program, Station station) =>
        station.Status == StationStatus.InReview && IsOfficerOf(program.StagePrefix(program.Definition.Stages[station.StageIndex], station.RegionCode));

    public Task<List<StationStep>> StepsAsync(Guid id, CancellationToken cancellationToken) =>
        db.StationSteps.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.StationId == id).OrderBy(s => s.AtUtc).ToListAsync(cancellationToken);

    public Task<List<ExpertScore>> ScoresAsync(Guid id, CancellationToken cancellationToken) =>
        db.ExpertScores.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.StationId == id).OrderBy(s => s.AtUtc).ToListAsync(cancellationToken);

    public Task<List<Objection>> ObjectionsAsync(Guid id, CancellationToken cancellationToken) =>
        db.Objections.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(o => o.StationId == id).OrderBy(o => o.FiledAtUtc).ToListAsync(cancellationToken);

    /// <summary>The files' names per condition; the caller has loaded the station through <see cref="ViewAsync"/>.</summary>
    public Task<List<EvidenceItem>> EvidenceListAsync(Guid id, CancellationToken cancellationToken) =>
        db.StationEvidence.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => e.StationId == id).OrderBy(e => e.UploadedAtUtc)
            .Select(e => new EvidenceItem(e.Id, e.ConditionKey, e.FileName)).ToListAsync(cancellationToken);

    public async Task<StationEvidence?> EvidenceAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken) =>
        await ViewAsync(id, cancellationToken) is null ? null
            : await db.StationEvidence.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .FirstOrDefaultAsync(e => e.Id == evidenceId && e.StationId == id, cancellationToken);

    /// <summary>The certificate PDF of a named (or revoked: marked so) station, for its operator and its officers.</summary>
    public async Task<byte[]?> CertificateAsync(Guid id, string baseUrl, CancellationToken cancellationToken)
    {
        if (await ViewAsync(id, cancellationToken) is not { CertificateNumber: { } number } station) return null;
        var program = (await ProgramAsync(station.ProgramId, cancellationToken))!.Definition;
        return documents.Certificate(new StationCertificateSheet(program.Plaque.Zh, program.Authority.Zh, station.Name, station.OrganisationName, number,
            station.NamedOn!.Value, $"{baseUrl}/Stations/Verify?code={station.VerificationCode}", station.Status == StationStatus.Revoked));
    }

    private async Task<Station?> OwnAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (current.Id is not { } me || !current.IsInRole(Roles.StationOperator)) return null;
        var station = await db.Stations.FirstOrDefaultAsync(s => s.Id == id && s.OperatorId == me, cancellationToken);
        if (station is not null) db.Entry(station).Property(s => s.Version).OriginalValue = version;
        return station;
    }

    private async Task<Result<Station>> AtStageAsync(Guid id, int version, Func<Station, StationProgram, ReviewStage, Task<Result>> action,
        CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Station>(id, cancellationToken) is not { } station) return StationErrors.NotFound;
        if (station.Status != StationStatus.InReview) return StationErrors.NotInReview;
        db.Entry(station).Property(s => s.Version).OriginalValue = version;
        var program = await db.StationPrograms.AsNoTracking().FirstAsync(p => p.Id == station.ProgramId, cancellationToken);
        if (!MayActAtStage(program, station)) return StationErrors.NotYourStage;
        var result = await action(station, program, program.Definition.Stages[station.StageIndex]);
        if (result.IsError) return result.Error!;
        return await SaveAsync(station, cancellationToken);
    }

    private async Task<Result<(StationProgram Program, StationDetails Details)>> CheckAsync(StationForm form, CancellationToken cancellationToken)
    {
        var program = form.ProgramId is { } pid ? await db.StationPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, cancellationToken) : null;
        if (program is null) return StationErrors.UnknownProgram;
        var definition = program.Definition;
        if (definition.Types.All(t => t.Key != form.TypeKey)) return StationErrors.UnknownType;
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken)) return StationErrors.UnknownRegion;
        var region = form.RegionCode!;
        // Below the program's level, so that a local stage has its officers: a district of Qingdao, a city of Jiangsu.
        var programPrefix = program.ProgramPrefix;
        if (!region.StartsWith(programPrefix, StringComparison.Ordinal) || RegionScope.PrefixOf(region).Length <= programPrefix.Length)
            return StationErrors.RegionOutsideProgram;
        if (!current.Scope.Contains(region)) return StationErrors.RegionOutsideScope;
        var answers = new Dictionary<string, ConditionAnswer>();
        foreach (var condition in definition.Conditions)
        {
            var input = form.Answers.GetValueOrDefault(condition.Key);
            if (input is null) continue;
            var industry = string.IsNullOrWhiteSpace(input.Industry) ? null : input.Industry.Trim();
            if (industry is not null && industries.Find(industry) is null) return StationErrors.UnknownIndustry with { Field = $"Answers[{condition.Key}].Industry" };
            answers[condition.Key] = new ConditionAnswer(
                input.Ticked.Where(t => condition.Choices.Any(c => c.Key == t)).Distinct().ToList(),
                string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim(), input.Number, industry);
        }
        var staff = new List<ServiceStaff>();
        for (var i = 0; i < form.Staff.Count; i++)
        {
            var row = form.Staff[i];
            if (row.IsEmpty) continue;
            if (string.IsNullOrWhiteSpace(row.Name)) return StationErrors.StaffRow(i + 1, StationTexts.StaffNameMissing);
            if (string.IsNullOrWhiteSpace(row.Role)) return StationErrors.StaffRow(i + 1, StationTexts.StaffRoleMissing);
            if (!Enum.IsDefined(row.Degree)) return StationErrors.StaffRow(i + 1, StationTexts.StaffDegreeMissing);
            staff.Add(new ServiceStaff(row.Name.Trim(), row.Role.Trim(), row.FullTime, row.Degree, row.English));
        }
        var services = form.Services.Where(definition.Services.Contains).Distinct().ToList();
        return (program, new StationDetails(form.Name.Trim(), form.OrganisationName.Trim(), form.OrganisationKind, form.TypeKey, region,
            form.Address.Trim(), form.ContactName.Trim(), form.ContactPhone.Trim(), form.Introduction.Trim(), services, new StationContent(answers, staff)));
    }

    private Result AddFiles(Station station, IReadOnlyList<StationUpload> files)
    {
        foreach (var file in files.Where(f => f.Content.Length > 0))
        {
            var field = $"evidence_{file.ConditionKey}";
            if (file.Content.Length > MaxEvidenceBytes) return StationErrors.EvidenceLarge with { Field = field };
            if (EvidenceFile.ContentType(file.Content) is not { } type) return StationErrors.EvidenceType with { Field = field };
            db.StationEvidence.Add(new StationEvidence(station, file.ConditionKey, Path.GetFileName(file.FileName), type, file.Content, current.Id!.Value, Now));
        }
        return Result.Ok();
    }

    private async Task StepAsync(Station station, StepAction action, string? stageKey, string? note, CancellationToken cancellationToken, DateOnly? on = null)
    {
        var name = current.Id is { } id ? await NameOfAsync(id, cancellationToken) : StationTexts.Anonymous;
        db.StationSteps.Add(new StationStep(station, action, stageKey, current.Id, name, note, Now, on));
    }

    private async Task<string> NameOfAsync(Guid id, CancellationToken cancellationToken) =>
        (await accounts.DisplayNamesAsync([id], cancellationToken)).GetValueOrDefault(id) ?? current.UserName ?? "";

    /// <summary>Tells the officers of the stage (and its experts) that an application waits for them.</summary>
    private async Task TellStageAsync(StationProgram program, Station station, ReviewStage stage, CancellationToken cancellationToken)
    {
        var region = program.StagePrefix(stage, station.RegionCode).PadRight(6, '0');
        var people = (await accounts.StaffOfRegionAsync(Roles.Officer, region, cancellationToken)).Select(s => s.Id).ToList();
        if (stage.Experts > 0) people.AddRange((await accounts.StaffWithinAsync(Roles.Reviewer, program.ProgramPrefix, cancellationToken)).Select(s => s.Id));
        // The stage's name is the program's data in both languages: each template takes its own.
        await notifier.NotifyAllAsync(people, NotificationKinds.StationAwaitingReview, [station.Name, stage.Name.Zh, stage.Name.English],
            $"/Stations/Accreditation/Application?id={station.Id}", cancellationToken);
    }

    private async Task<Result<Station>> SaveAsync(Station station, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return station;
        }
        catch (DbUpdateException)
        {
            // A concurrent change of the same record, or a certificate number taken meanwhile.
            db.ChangeTracker.Clear();
            return StationErrors.Conflict;
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Clip(string? text, int max) => Trimmed(text) is { } t ? t[..Math.Min(t.Length, max)] : null;
}
