using Microsoft.Extensions.Localization;
using Yincai.Modules.Ambassadors.Contracts;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting;

/// <summary>
/// The notices' targets against their actuals for the viewer's scope (a province sees its cities, a city its counties), each figure
/// from the owning module's own queries (its Contracts) and linked to the list that shows it: GRD-15, GRD-03 and GRD-02 from the
/// real-name database, AMB-05 from the ambassadors, STN-08 and RET-01 from the stations and homes.
/// </summary>
public sealed class Dashboards(CurrentUser current, GraduateFigures graduates, AmbassadorCounts ambassadors, StationProgress stations,
    RegionDirectory regions, ChinaClock clock, IStringLocalizer<ReportingResource> text)
{
    public const string GraduatesProgram = "graduates";
    public const string AmbassadorsProgram = "ambassadors";
    public const string StationsProgram = "stations";
    public static readonly string[] Programs = [GraduatesProgram, AmbassadorsProgram, StationsProgram];

    public DateOnly Today => clock.Today;

    /// <summary>The digits a sub-region's key has: a province's cities (4), a city's counties (6); a county stays itself.</summary>
    public int KeyLength => Math.Min(6, (current.Scope.Prefix?.Length ?? 0) + 2);

    public async Task<List<Indicator>> OfAsync(string program, ReportPeriod period, bool withTrend, CancellationToken cancellationToken) => program switch
    {
        GraduatesProgram => await GraduatesAsync(period, withTrend, cancellationToken),
        AmbassadorsProgram => [await AmbassadorsAsync(cancellationToken)],
        StationsProgram => await StationsAsync(period, cancellationToken),
        _ => [],
    };

    public async Task<List<Indicator>> AllAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var all = new List<Indicator>();
        foreach (var program in Programs) all.AddRange(await OfAsync(program, period, false, cancellationToken));
        return all;
    }

    /// <summary>The names of regions given by their keys (a city's four digits, a county's six, a province's two).</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var list = keys.Distinct().ToList();
        var names = await regions.NamesAsync(list.Select(k => k.PadRight(6, '0')).Distinct().ToList(), cancellationToken);
        return list.ToDictionary(k => k, k => names.GetValueOrDefault(k.PadRight(6, '0')) ?? k);
    }

    /// <summary>The name of the viewer's scope, or null when unrestricted.</summary>
    public async Task<string?> ScopeNameAsync(CancellationToken cancellationToken) =>
        current.Scope.Prefix is { } prefix ? (await NamesAsync([prefix], cancellationToken))[prefix] : null;

    private string Percent(double? rate) => ReportCell.Percent(rate).Text;

    private async Task<List<Indicator>> GraduatesAsync(ReportPeriod period, bool withTrend, CancellationToken ct)
    {
        var length = KeyLength;
        var target = graduates.TargetRatePercent;
        var today = Today;

        // GRD-15: the cohort's employment rate on the date, furthest behind first.
        var rates = await graduates.EmploymentAsync(period.Cohort, period.At, length, ct);
        var contact = await graduates.ContactAsync(period.From, period.To, today, length, ct);
        var services = await graduates.ServicesAsync(period.Year, length, ct);
        var names = await NamesAsync(rates.Select(r => r.Key).Concat(contact.Select(c => c.Key)).Concat(services.Select(s => s.Key)), ct);

        var total = new EmploymentFigure("", rates.Sum(r => r.Total), rates.Sum(r => r.Placed));
        var ordered = rates.OrderBy(r => r.Rate ?? double.MaxValue).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        ReportRow RateRow(EmploymentFigure r, bool isTotal) => new(isTotal ? text["Total"] : names[r.Key],
        [
            ReportCell.Number(r.Total, GraduateFigures.CohortLink(r.Key, period.Cohort)),
            ReportCell.Number(r.Placed, GraduateFigures.PlacedLink(r.Key, period.Cohort, period.At)),
            ReportCell.Number(r.NotPlaced, GraduateFigures.NotPlacedLink(r.Key, period.Cohort, period.At)),
            ReportCell.Percent(r.Rate),
        ], isTotal, !isTotal && r.Rate is { } rate && rate < target);
        ReportChart? trend = null;
        if (withTrend)
        {
            // Month ends from the class's leaving school (July) or January, whichever is later, to the date.
            var start = new DateOnly(Math.Max(period.At.Year * 12, period.Cohort * 12 + 6) / 12, Math.Max(period.At.Year * 12, period.Cohort * 12 + 6) % 12 + 1, 1);
            var dates = Enumerable.Range(0, 12).Select(m => start.AddMonths(m + 1).AddDays(-1)).Where(d => d < period.At).Append(period.At).ToList();
            var points = await graduates.TrendAsync(period.Cohort, dates, ct);
            trend = new ReportChart(points.Select(p => p.On.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList(), points.Select(p => p.Figure.Rate is { } r ? Math.Round(r, 1) : (double?)null).ToList(),
                target, "%", "line");
        }
        var employment = new Indicator("GRD-15", GraduatesProgram, text["Indicator_Employment", period.Cohort, Display.Date(period.At)],
            text["Target_Percent", target], Percent(total.Rate), total.Rate is { } t ? t >= target : null,
            [text["Col_Region"], text["Col_Cohort"], text["Col_Placed"], text["Col_NotPlaced"], text["Col_Rate"]],
            ordered.Select(r => RateRow(r, false)).Append(RateRow(total, true)).ToList(),
            new ReportChart(ordered.Select(r => names[r.Key]).ToList(), ordered.Select(r => r.Rate is { } x ? Math.Round(x, 1) : (double?)null).ToList(), target, "%"),
            trend, ShortfallColumn: 2);

        // GRD-03: first contacts due in the year made on time; the overdue of today link to the work list.
        var contactTotal = new ContactFigure("", contact.Sum(c => c.OnTime), contact.Sum(c => c.Late), contact.Sum(c => c.Overdue), contact.Sum(c => c.Pending),
            contact.Sum(c => c.OverdueNow));
        var contactOrdered = contact.OrderBy(c => c.Rate ?? double.MaxValue).ThenByDescending(c => c.OverdueNow).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        ReportRow ContactRow(ContactFigure c, bool isTotal) => new(isTotal ? text["Total"] : names[c.Key],
        [
            ReportCell.Number(c.Due), ReportCell.Number(c.OnTime), ReportCell.Number(c.Late), ReportCell.Number(c.Overdue),
            ReportCell.Number(c.OverdueNow, GraduateFigures.OverdueLink(c.Key)), ReportCell.Percent(c.Rate),
        ], isTotal, !isTotal && ((c.Rate is { } rate && rate < 100) || c.OverdueNow > 0));
        var contactIndicator = new Indicator("GRD-03", GraduatesProgram, text["Indicator_Contact", period.Year, graduates.ContactWorkingDays],
            text["Target_Percent", 100], Percent(contactTotal.Rate), contactTotal.Due == 0 ? null : contactTotal.OnTime == contactTotal.Due && contactTotal.OverdueNow == 0,
            [text["Col_Region"], text["Col_Due"], text["Col_OnTime"], text["Col_Late"], text["Col_Overdue"], text["Col_OverdueNow", Display.Date(today)], text["Col_Rate"]],
            contactOrdered.Select(c => ContactRow(c, false)).Append(ContactRow(contactTotal, true)).ToList(),
            new ReportChart(contactOrdered.Select(c => names[c.Key]).ToList(), contactOrdered.Select(c => c.Rate is { } x ? Math.Round(x, 1) : (double?)null).ToList(), 100, "%"),
            ShortfallColumn: 4);

        // GRD-02: graduates wanting a job whose services of the year meet the standard; the list judges the current year only.
        var current = period.Year == today.Year;
        var servicesTotal = new ServiceFigure("", services.Sum(s => s.WantingJob), services.Sum(s => s.Short));
        var servicesOrdered = services.OrderBy(s => s.Rate ?? double.MaxValue).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        ReportRow ServiceRow(ServiceFigure s, bool isTotal) => new(isTotal ? text["Total"] : names[s.Key],
        [
            ReportCell.Number(s.WantingJob, GraduateFigures.WantingJobLink(s.Key)),
            ReportCell.Number(s.Short, current ? GraduateFigures.ShortLink(s.Key) : null),
            ReportCell.Percent(s.Rate),
        ], isTotal, !isTotal && s.Short > 0);
        var servicesIndicator = new Indicator("GRD-02", GraduatesProgram, text["Indicator_Services", period.Year],
            text["Target_Services"], Percent(servicesTotal.Rate), servicesTotal.WantingJob == 0 ? null : servicesTotal.Short == 0,
            [text["Col_Region"], text["Col_WantingJob"], text["Col_Short"], text["Col_ServedRate"]],
            servicesOrdered.Select(s => ServiceRow(s, false)).Append(ServiceRow(servicesTotal, true)).ToList(),
            new ReportChart(servicesOrdered.Select(s => names[s.Key]).ToList(), servicesOrdered.Select(s => s.Rate is { } x ? Math.Round(x, 1) : (double?)null).ToList(), 100, "%"),
            ShortfallColumn: 1);
        return [employment, contactIndicator, servicesIndicator];
    }

    private async Task<Indicator> AmbassadorsAsync(CancellationToken ct)
    {
        // AMB-05: every city of the scope, those with none too.
        var quota = ambassadors.QuotaPerCity;
        var counts = (await ambassadors.ByCityAsync(ct)).ToDictionary(c => c.CityCode);
        var cities = (await regions.WithinAsync(current.Scope, ct)).Where(r => r.Level == RegionLevel.Prefecture).ToList();
        var rows = cities.Select(c => (c.Code, c.Name, Figure: counts.GetValueOrDefault(c.Code) ?? new CityAmbassadors(c.Code, 0, 0)))
            .OrderBy(c => c.Figure.Active).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var met = rows.Count(r => r.Figure.Active >= quota);
        var active = rows.Sum(r => r.Figure.Active);
        var prefix = current.Scope.Prefix ?? "";
        return new Indicator("AMB-05", AmbassadorsProgram, text["Indicator_Ambassadors"], text["Target_PerCity", quota],
            text["Actual_CitiesMet", met, rows.Count], rows.Count == 0 ? null : met == rows.Count,
            [text["Col_City"], text["Col_Active"], text["Col_Candidates"], text["Col_Shortfall"]],
            rows.Select(r => new ReportRow(r.Name,
            [
                ReportCell.Number(r.Figure.Active, AmbassadorCounts.ActiveLink(RegionScope.PrefixOf(r.Code))), ReportCell.Number(r.Figure.Candidates),
                ReportCell.Number(Math.Max(0, quota - r.Figure.Active)),
            ], Behind: r.Figure.Active < quota))
            .Append(new ReportRow(text["Total"], [ReportCell.Number(active, AmbassadorCounts.ActiveLink(prefix)), ReportCell.Number(rows.Sum(r => r.Figure.Candidates)),
                ReportCell.Number(rows.Sum(r => Math.Max(0, quota - r.Figure.Active)))], true)).ToList(),
            new ReportChart(rows.Select(r => r.Name).ToList(), rows.Select(r => (double?)r.Figure.Active).ToList(), quota, ""), ShortfallColumn: 0);
    }

    private async Task<List<Indicator>> StationsAsync(ReportPeriod period, CancellationToken ct)
    {
        var indicators = new List<Indicator>();
        var prefix = current.Scope.Prefix ?? "";
        foreach (var p in await stations.OfYearAsync(current.Scope, period.Year, ct))
        {
            var names = await regions.NamesAsync(p.Stations.Select(s => s.RegionCode).Distinct().ToList(), ct);
            if (p.ServedPerStationTarget is { } served)
            {
                // RET-01: each home serves its 500 a year.
                var homes = p.Stations.OrderBy(s => s.PeopleServed).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
                var met = homes.Count(h => h.PeopleServed >= served);
                indicators.Add(new Indicator("RET-01", StationsProgram, text["Indicator_Homes", p.Name, period.Year], text["Target_PerHome", served],
                    text["Actual_HomesMet", met, homes.Count], homes.Count == 0 ? null : met == homes.Count,
                    [text["Col_Home"], text["Col_Region"], text["Col_Served"], text["Col_Services"], text["Col_Events"]],
                    homes.Select(h => new ReportRow(h.Name,
                        [new ReportCell(names.GetValueOrDefault(h.RegionCode) ?? h.RegionCode), new ReportCell(h.PeopleServed.ToString("N0"), StationProgress.StationLink(h.StationId)),
                         ReportCell.Number(h.Services), ReportCell.Number(h.Events)], Behind: h.PeopleServed < served))
                    .Append(new ReportRow(text["Total"], [new ReportCell(""), ReportCell.Number(homes.Sum(h => h.PeopleServed)), ReportCell.Number(homes.Sum(h => h.Services)),
                        ReportCell.Number(homes.Sum(h => h.Events))], true)).ToList(),
                    new ReportChart(homes.Select(h => h.Name).ToList(), homes.Select(h => (double?)h.PeopleServed).ToList(), served, "")));
            }
            if (p.StationsTarget is not null || p.EventsTarget is not null || p.AllocationsTarget is not null || p.ServedPerStationTarget is null)
            {
                // STN-08: the program's stations, events and allocations of the year against its targets.
                string Of(int actual, int? goal) => goal is { } g ? $"{actual:N0} / {g:N0}" : actual.ToString("N0");
                var met = p.StationsTarget is null && p.EventsTarget is null && p.AllocationsTarget is null ? (bool?)null
                    : (p.StationsTarget is not { } s || p.Named >= s) && (p.EventsTarget is not { } e || p.Events >= e)
                      && (p.AllocationsTarget is not { } a || p.Allocations >= a);
                var list = p.Stations.OrderBy(s => s.Allocations).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
                indicators.Add(new Indicator("STN-08", StationsProgram, text["Indicator_Stations", p.Name, period.Year],
                    text["Target_Stations", p.StationsTarget?.ToString("N0") ?? "—", p.EventsTarget?.ToString("N0") ?? "—", p.AllocationsTarget?.ToString("N0") ?? "—"],
                    text["Actual_Stations", Of(p.Named, p.StationsTarget), Of(p.Events, p.EventsTarget), Of(p.Allocations, p.AllocationsTarget)], met,
                    [text["Col_Station"], text["Col_Region"], text["Col_Served"], text["Col_Events"], text["Col_Allocations"]],
                    list.Select(s => new ReportRow(s.Name,
                        [new ReportCell(names.GetValueOrDefault(s.RegionCode) ?? s.RegionCode), new ReportCell(s.PeopleServed.ToString("N0"), StationProgress.StationLink(s.StationId)),
                         ReportCell.Number(s.Events), ReportCell.Number(s.Allocations)]))
                    .Append(new ReportRow(text["Total_Named", p.Named], [new ReportCell(""), ReportCell.Number(list.Sum(s => s.PeopleServed)), ReportCell.Number(p.Events),
                        ReportCell.Number(p.Allocations)], true) { LabelList = ReportCell.Number(p.Named, StationProgress.NamedLink(p.ProgramId, prefix)) }).ToList(),
                    new ReportChart([text["Col_Stations"], text["Col_Events"], text["Col_Allocations"]],
                        [Progress(p.Named, p.StationsTarget), Progress(p.Events, p.EventsTarget), Progress(p.Allocations, p.AllocationsTarget)], 100, "%")));
            }
        }
        return indicators;
    }

    /// <summary>An actual as the percentage of its target reached (null without a target), for one chart over unlike units.</summary>
    private static double? Progress(int actual, int? target) => target is > 0 ? Math.Round(100.0 * actual / target.Value, 1) : null;
}
