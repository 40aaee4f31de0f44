using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// A job fair from plan to door: the Qingdao officer creates and publishes a fair that has just begun (the door opens only on
/// the event's day); the demo talent registers on a phone and gets a QR ticket; the officer checks the ticket in by its
/// typed code (a second time is refused); the event's counts show the attendance. And the planning page on a phone: what is
/// due next and the events first, the months and weeks missed in one folded line.
/// </summary>
public sealed class EventJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    [Fact]
    [Trait("Rule", "GRD-04")]
    public async Task JobFair_OfficerPublishes_TalentRegistersOnPhone_OfficerChecksIn_CountsShowIt()
    {
        const string test = nameof(JobFair_OfficerPublishes_TalentRegistersOnPhone_OfficerChecksIn_CountsShowIt);
        var title = "青岛高校毕业生综合招聘会" + Guid.NewGuid().ToString("N")[..4];
        Guid eventId;

        // 1. The officer creates the fair and publishes it: an office's own event needs no approval.
        await using (var officer = await app.OpenSessionAsync(test + "-1-officer", BrowserSession.Desktop))
        {
            var login = new LoginPage(officer);
            var edit = new EventEditPage(officer);
            var manage = new EventManagePage(officer);

            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await new WorkspacePage(officer).AssertShownAsync();
            await edit.GotoAsync();
            await edit.Title.FillAsync(title);
            await edit.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "综合性招聘会" });
            await edit.Description.FillAsync("每月一次的综合性招聘会，驻青企业现场招聘，提供政策咨询和简历指导。");
            await edit.Venue.FillAsync("青岛国际会展中心3号馆");
            // Begun five minutes ago, three hours long, registration open to the end: Beijing wall-clock time, as the form takes it.
            var startsBeijing = DateTime.UtcNow.AddHours(8).AddMinutes(-5);
            string Local(DateTime d) => d.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
            await edit.StartsAt.FillAsync(Local(startsBeijing));
            await edit.EndsAt.FillAsync(Local(startsBeijing.AddHours(3)));
            await edit.RegistrationClosesAt.FillAsync(Local(startsBeijing.AddHours(3)));
            await edit.Capacity.FillAsync("100");
            await edit.AssertShownAsync("filled");
            await edit.SaveButton.ClickAsync();

            await manage.AssertShownAsync("draft");
            await Expect(manage.Status).ToHaveTextAsync("草稿");
            await manage.PublishButton.ClickAsync();
            await Expect(manage.Status).ToHaveTextAsync("已发布");
            await manage.AssertShownAsync("published");
            eventId = manage.EventId;
            officer.AssertNoBrowserErrors();
        }

        // 2. The talent, on a phone: registers and gets the ticket with its QR code.
        string code;
        await using (var talent = await app.OpenSessionAsync(test + "-2-talent", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(talent);
            var page = new EventPage(talent, eventId);
            var ticket = new TicketPage(talent);

            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.Talent, DemoAccounts.Password);
            await new WorkspacePage(talent).AssertShownAsync();
            await page.OpenAsync();
            await page.AssertShownAsync("phone");
            await Expect(page.Heading).ToHaveTextAsync(title);
            await page.RegisterButton.ClickAsync();

            await ticket.AssertShownAsync("phone");
            await Expect(ticket.Qr).ToBeVisibleAsync();
            code = (await ticket.Code.InnerTextAsync()).Trim();
            Assert.Matches(@"\A1-[0-9A-Z]{10}\z", code);
            var (scrollWidth, innerWidth) = await ticket.MeasureWidthAsync();
            Assert.True(scrollWidth <= innerWidth, $"The ticket scrolls sideways on a phone: {scrollWidth} > {innerWidth}");
            talent.AssertNoBrowserErrors();
        }

        // 3. The officer checks the ticket in by its typed code, once; the counts show one registered and one attended.
        await using (var officer = await app.OpenSessionAsync(test + "-3-door", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(officer);
            var manage = new EventManagePage(officer);
            var door = new CheckInPage(officer);

            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await new WorkspacePage(officer).AssertShownAsync();
            await officer.Page.GotoAsync($"/Events/Manage/Details?id={eventId}");
            await manage.AssertShownAsync("before-door");
            await manage.CheckInLink.ClickAsync();
            await door.AssertShownAsync();
            await door.Code.FillAsync(code.ToLowerInvariant());
            await door.SubmitButton.ClickAsync();
            await Expect(door.Accepted).ToContainTextAsync("签到成功");
            await door.AssertShownAsync("accepted");
            await door.Code.FillAsync(code);
            await door.SubmitButton.ClickAsync();
            await Expect(door.Refused).ToContainTextAsync("已经签到过");
            await door.AssertShownAsync("refused-second-time");

            await officer.Page.GotoAsync($"/Events/Manage/Details?id={eventId}");
            await Expect(manage.Registered).ToHaveTextAsync("1 / 100");
            await Expect(manage.Attended).ToHaveTextAsync("1");
            await manage.AssertShownAsync("counts");
            officer.AssertNoBrowserErrors();
        }
    }

    [Fact]
    [Trait("Rule", "GRD-04")]
    public async Task PlanningPage_OnPhone_ShowsWhatIsDueAndTheEventsOnTheFirstScreen()
    {
        await using var officer = await app.OpenSessionAsync(nameof(PlanningPage_OnPhone_ShowsWhatIsDueAndTheEventsOnTheFirstScreen), BrowserSession.Phone, phone: true);
        var login = new LoginPage(officer);
        var planning = new EventPlanningPage(officer);

        await login.GotoAsync();
        await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
        await new WorkspacePage(officer).AssertShownAsync();
        await planning.GotoAsync();

        var (scrollWidth, innerWidth) = await planning.MeasureWidthAsync();
        Assert.True(scrollWidth <= innerWidth, $"The planning page scrolls sideways on a phone: {scrollWidth} > {innerWidth}");
        await Expect(planning.FirstEvent).ToBeVisibleAsync();
        var firstEvent = await planning.FirstEvent.BoundingBoxAsync();
        Assert.True(firstEvent is not null && firstEvent.Y < BrowserSession.Phone.Height,
            $"The first event starts below the first screen of a phone (at {firstEvent?.Y} px).");
        await Expect(planning.MissedList).Not.ToBeVisibleAsync();
        await planning.Missed.Locator("summary").ClickAsync();
        await Expect(planning.MissedList).ToBeVisibleAsync();
        await planning.AssertShownAsync("missed-open");
        officer.AssertNoBrowserErrors();
    }
}
