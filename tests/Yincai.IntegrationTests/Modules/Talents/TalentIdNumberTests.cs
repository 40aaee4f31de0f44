namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>The resident ID number: validated, stored encrypted with a blind index, one record per person,
/// masked on screens, shown in clear only through an audited view, and scoped by household region.</summary>
public sealed class TalentIdNumberTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Profile(string name, string idNumber, string region) => new()
    {
        ["Input.FullName"] = name, ["Input.IdNumber"] = idNumber, ["Province"] = region[..2] + "0000", ["Input.HouseholdRegionCode"] = region,
    };

    [Fact]
    public async Task ProfilePage_ValidIdNumber_StoresItEncryptedAndShowsItMasked()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        var idNumber = TalentTestData.NewIdNumber("370202");

        using var saved = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile", Profile("王小明", idNumber, "370202"));
        var page = await (await browser.GetAsync("/Talents/Profile", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await app.WithDbAsync(db => db.Talents.AsNoTracking().SingleAsync(t => t.UserId == talent.Id, Ct));
        Assert.DoesNotContain(idNumber, row.IdNumberCipher + row.IdNumberIndex + row.IdNumberMasked, StringComparison.Ordinal);
        Assert.Equal(idNumber[..4] + "**********" + idNumber[14..], row.IdNumberMasked);
        Assert.Contains(row.IdNumberMasked, page, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilePage_WrongCheckDigit_NamesTheFieldAndStoresNothing()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        var good = TalentTestData.NewIdNumber();
        var bad = good[..17] + (good[17] == '1' ? '2' : '1');

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile", Profile("王小明", bad, "370202"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("身份证号码：校验位不符", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Talents.AnyAsync(t => t.UserId == talent.Id, Ct)));
    }

    [Fact]
    public async Task Save_SameIdNumberFromAnotherAccount_IsRefusedAndNotDuplicated()
    {
        var (_, first, idNumber) = await app.CreateTalentAsync("370202");
        var second = await app.RegisterAsync(AccountKind.Talent);

        var result = await app.WithServicesAsync(s => s.GetRequiredService<TalentProfiles>().SaveAsync(second.Id, "冒名者", idNumber, "370202", Ct));

        Assert.Equal("talents.id_number_taken", result.Error?.Code);
        Assert.Equal(1, await app.WithDbAsync(db => db.Talents.CountAsync(t => t.IdNumberIndex == first.IdNumberIndex, Ct)));
    }

    [Fact]
    public async Task ReviewList_QingdaoOfficer_SeesMaskedNumbersOfQingdaoOnly()
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var (_, _, qingdaoId) = await app.CreateTalentAsync("370203", "鲁" + suffix + "青岛");
        await app.CreateTalentAsync("370102", "鲁" + suffix + "济南");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var list = await (await officer.GetAsync($"/Talents/Review?q=鲁{suffix}", Ct)).Content.ReadAsStringAsync(Ct);

        // Names show masked on lists (SECURITY.md §2).
        Assert.Contains(Talent.MaskName("鲁" + suffix + "青岛"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(Talent.MaskName("鲁" + suffix + "济南"), list, StringComparison.Ordinal);
        Assert.Contains(qingdaoId[..4] + "**********" + qingdaoId[14..], list, StringComparison.Ordinal);
        Assert.DoesNotContain(qingdaoId, list, StringComparison.Ordinal);
    }

    /// <summary>A name is found from its start (a surname, or the whole name), by an index range that stays fast at ten
    /// million people; a part from the middle of a name finds nobody (bench/README.md, officers' list at ten million).</summary>
    [Fact]
    public async Task ReviewList_SearchByName_FindsBySurnameOrWholeNameNotByTheMiddle()
    {
        var surname = "欧" + Guid.NewGuid().ToString("N")[..4];
        var name = surname + "明远";
        await app.CreateTalentAsync("370203", name);
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        async Task<string> Search(string q) => await (await officer.GetAsync($"/Talents/Review?q={Uri.EscapeDataString(q)}", Ct)).Content.ReadAsStringAsync(Ct);

        var bySurname = await Search(surname);
        var byWholeName = await Search(" " + name + " ");
        var byMiddle = await Search(name[1..]);

        Assert.Contains(Talent.MaskName(name), bySurname, StringComparison.Ordinal);
        Assert.Contains(Talent.MaskName(name), byWholeName, StringComparison.Ordinal);
        Assert.DoesNotContain(Talent.MaskName(name), byMiddle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewList_SearchByFullIdNumber_FindsThePersonThroughTheBlindIndex()
    {
        var (_, _, idNumber) = await app.CreateTalentAsync("370211", "按号查找");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");

        var list = await (await officer.GetAsync($"/Talents/Review?q={idNumber}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains(Talent.MaskName("按号查找"), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_OfficerWithPurpose_ShowsTheNumberAndAuditsTheView()
    {
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var mark = await app.LastAuditSequenceAsync();
        var page = $"/Talents/Review/Details?id={talent.Id}";

        using var response = await YincaiAppFactory.PostFormAsync(officer, page + "&handler=Reveal",
            new Dictionary<string, string> { ["id"] = talent.Id.ToString(), ["purpose"] = "identity_check" }, tokenFrom: page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(idNumber, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var entries = await app.AuditEntriesAfterAsync(mark);
        var view = Assert.Single(entries, a => a.Action == AuditActions.SensitiveView);
        Assert.Equal((nameof(Talent), talent.Id.ToString()), (view.EntityType, view.EntityId));
        Assert.Contains("identity_check", view.After, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, a => (a.Before + a.After).Contains(idNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Details_OfficerOfAnotherCity_Gets404AndNoNumber()
    {
        var (_, talent, _) = await app.CreateTalentAsync("370202");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");
        var page = $"/Talents/Review/Details?id={talent.Id}";

        using var view = await jinan.GetAsync(page, Ct);
        using var reveal = await YincaiAppFactory.PostFormAsync(jinan, page + "&handler=Reveal",
            new Dictionary<string, string> { ["id"] = talent.Id.ToString(), ["purpose"] = "service" }, tokenFrom: "/Talents/Review");

        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);
    }

    [Fact]
    public async Task AuditTrail_ProfileSaved_NeverHoldsTheNumberOrItsCipher()
    {
        var mark = await app.LastAuditSequenceAsync();

        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");

        var entries = await app.AuditEntriesAfterAsync(mark);
        var insert = Assert.Single(entries, a => a.EntityType == nameof(Talent) && a.Action == AuditActions.Insert);
        Assert.DoesNotContain(idNumber, insert.After, StringComparison.Ordinal);
        Assert.DoesNotContain(talent.IdNumberCipher, insert.After, StringComparison.Ordinal);
        // Even the masked number is kept under the person's audit key (PersonalDataErasureTests), not in clear.
        Assert.DoesNotContain(talent.IdNumberMasked, insert.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfilePage_PastedNumberWithSpaces_FieldTakesItAllAndTheServerSavesIt()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);
        var idNumber = TalentTestData.NewIdNumber("370202");

        var form = await (await browser.GetAsync("/Talents/Profile", Ct)).Content.ReadAsStringAsync(Ct);
        using var saved = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile", Profile("王小明", " " + idNumber + " ", "370202"));

        var input = System.Text.RegularExpressions.Regex.Match(form, "<input[^>]*name=\"Input.IdNumber\"[^>]*>").Value;
        Assert.NotEmpty(input);
        Assert.DoesNotContain("maxlength", input, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var masked = await app.WithDbAsync(db => db.Talents.Where(t => t.UserId == talent.Id).Select(t => t.IdNumberMasked).SingleAsync(Ct));
        Assert.Equal(idNumber[..4] + "**********" + idNumber[14..], masked);
    }

    [Fact]
    public async Task ProfilePage_FifteenDigitNumber_AsksForThe18DigitNumberAndKeepsTheForm()
    {
        var talent = await app.RegisterAsync(AccountKind.Talent);
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, talent.UserName, talent.Password);

        using var response = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile", Profile("王小明", "370202900101123", "370202"));
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("15 位的旧身份证号码，请填写现在使用的 18 位号码", html, StringComparison.Ordinal);
        Assert.Contains("value=\"王小明\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Talents.AnyAsync(t => t.UserId == talent.Id, Ct)));
    }

    [Fact]
    public async Task ProfilePage_NumberOnFile_IsShownReadOnlyAndAnotherNumberIsRefused()
    {
        var (user, talent, idNumber) = await app.CreateTalentAsync("370202");
        using var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, user.UserName, user.Password);
        var other = TalentTestData.NewIdNumber("370202");

        var form = await (await browser.GetAsync("/Talents/Profile", Ct)).Content.ReadAsStringAsync(Ct);
        using var changed = await YincaiAppFactory.PostFormAsync(browser, "/Talents/Profile", Profile(talent.FullName, other, "370202"));
        var html = await changed.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("name=\"Input.IdNumber\"", form, StringComparison.Ordinal);
        Assert.Matches($"<input[^>]*value=\"{System.Text.RegularExpressions.Regex.Escape(talent.IdNumberMasked)}\"[^>]*readonly", form);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("保存后不能自行修改", html, StringComparison.Ordinal);
        var index = await app.WithDbAsync(db => db.Talents.Where(t => t.Id == talent.Id).Select(t => t.IdNumberIndex).SingleAsync(Ct));
        Assert.Equal(talent.IdNumberIndex, index);
        Assert.DoesNotContain(idNumber, form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectIdNumber_OfficerWithReason_ChangesTheNumberAndAuditsTheReason()
    {
        var (_, talent, idNumber) = await app.CreateTalentAsync("370202");
        using var officer = await app.ClientAsync(Via.Cookie, "officer.qd");
        var page = $"/Talents/Review/IdNumber?id={talent.Id}";
        var correct = TalentTestData.NewIdNumber("370202");
        var mark = await app.LastAuditSequenceAsync();

        using var noReason = await YincaiAppFactory.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["Id"] = talent.Id.ToString(), ["Input.Version"] = talent.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.IdNumber"] = correct, ["Input.Reason"] = "",
        });
        using var corrected = await YincaiAppFactory.PostFormAsync(officer, page, new Dictionary<string, string>
        {
            ["Id"] = talent.Id.ToString(), ["Input.Version"] = talent.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.IdNumber"] = " " + correct, ["Input.Reason"] = "核对身份证原件，原号码录入错误",
        });

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写更正原因", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var masked = await app.WithDbAsync(db => db.Talents.Where(t => t.Id == talent.Id).Select(t => t.IdNumberMasked).SingleAsync(Ct));
        Assert.Equal(correct[..4] + "**********" + correct[14..], masked);
        var entries = await app.AuditEntriesAfterAsync(mark);
        var correction = Assert.Single(entries, a => a.Action == AuditActions.IdNumberCorrected);
        Assert.Equal((nameof(Talent), talent.Id.ToString()), (correction.EntityType, correction.EntityId));
        Assert.Contains("核对身份证原件", correction.After, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, a => (a.Before + a.After).Contains(idNumber, StringComparison.Ordinal)
            || (a.Before + a.After).Contains(correct, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectIdNumber_OfficerOfAnotherCity_Gets404()
    {
        var (_, talent, _) = await app.CreateTalentAsync("370202");
        using var jinan = await app.ClientAsync(Via.Cookie, "officer.jn");

        using var response = await jinan.GetAsync($"/Talents/Review/IdNumber?id={talent.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
