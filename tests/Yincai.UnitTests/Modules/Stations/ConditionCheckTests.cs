using System.Globalization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using static Yincai.UnitTests.Modules.Stations.StationFixtures;

namespace Yincai.UnitTests.Modules.Stations;

/// <summary>An application against its program's conditions: one error per missing part, each naming the field to fix.</summary>
public sealed class ConditionCheckTests
{
    public ConditionCheckTests() => CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    private static Dictionary<string, ConditionAnswer> Without(Dictionary<string, ConditionAnswer> answers, string key, ConditionAnswer answer)
    {
        answers[key] = answer;
        return answers;
    }

    [Fact]
    [Trait("Rule", "STN-01")]
    [Trait("Rule", "STN-02")]
    [Trait("Rule", "STN-03")]
    [Trait("Rule", "STN-04")]
    [Trait("Rule", "STN-05")]
    public void Unmet_CompleteQingdaoApplication_HasNoErrors()
    {
        Assert.Empty(ConditionCheck.Unmet(Qingdao, Content(QingdaoAnswers()), QingdaoFiles()));
    }

    [Fact]
    [Trait("Rule", "RET-01")]
    [Trait("Rule", "RET-02")]
    [Trait("Rule", "RET-03")]
    [Trait("Rule", "RET-04")]
    [Trait("Rule", "RET-05")]
    [Trait("Rule", "RET-06")]
    public void Unmet_CompleteJiangsuApplication_HasNoErrors()
    {
        Assert.Empty(ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers()), JiangsuFiles()));
    }

    [Fact]
    public void Unmet_EmptyQingdaoApplication_ReportsEveryCondition()
    {
        var errors = ConditionCheck.Unmet(Qingdao, StationContent.Empty, new HashSet<string>());

        Assert.Equal(
            ["Answers[venue]", "evidence_venue", "Answers[plan]", "Answers[plan].Industry", "evidence_plan", "Answers[lodging]", "Staff",
                "Answers[rules]", "evidence_rules"],
            errors.Select(e => e.Field));
    }

    [Fact]
    [Trait("Rule", "STN-01")]
    public void Unmet_VenueItemsNotTicked_OneErrorNamingTheMissingItems()
    {
        var answers = Without(QingdaoAnswers(), "venue", new(Ticked: ["negotiation", "rest", "network"]));

        var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(answers), QingdaoFiles()));

        Assert.Equal(("stations.items_missing", "Answers[venue]"), (error.Code, error.Field));
        Assert.Equal("“洽谈和休闲场地及会议设施”尚缺：多媒体设备、大屏幕投影。", error.Message);
    }

    [Fact]
    [Trait("Rule", "STN-02")]
    public void Unmet_PlanWithoutIndustry_OneErrorOnTheIndustry()
    {
        var answers = Without(QingdaoAnswers(), "plan", new(Text: "行动计划"));

        var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(answers), QingdaoFiles()));

        Assert.Equal(("stations.industry_missing", "Answers[plan].Industry"), (error.Code, error.Field));
        Assert.Equal("“针对特定行业产业的引才聚才行动计划”请选择面向的行业。", error.Message);
    }

    [Theory]
    [Trait("Rule", "STN-02")]
    [Trait("Rule", "STN-03")]
    [InlineData("plan")]
    [InlineData("lodging")]
    public void Unmet_TextLeftBlank_OneErrorOnTheAnswer(string key)
    {
        var answers = Without(QingdaoAnswers(), key, new(Text: "   ", Industry: "海洋装备"));

        var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(answers), QingdaoFiles()));

        Assert.Equal(("stations.text_missing", $"Answers[{key}]"), (error.Code, error.Field));
        Assert.StartsWith("请填写“", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "STN-05")]
    public void Unmet_RulesMissingSafety_OneErrorOnTheRules()
    {
        var answers = Without(QingdaoAnswers(), "rules", new(Ticked: ["attendance", "funds", "events"]));

        var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(answers), QingdaoFiles()));

        Assert.Equal(("stations.items_missing", "Answers[rules]"), (error.Code, error.Field));
        Assert.Contains("安全管理制度", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "STN-01")]
    [Trait("Rule", "STN-02")]
    [Trait("Rule", "STN-05")]
    [InlineData("venue")]
    [InlineData("plan")]
    [InlineData("rules")]
    public void Unmet_ConditionWithoutItsFile_OneEvidenceError(string key)
    {
        var files = QingdaoFiles();
        files.Remove(key);

        var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(QingdaoAnswers()), files));

        Assert.Equal(("stations.evidence_missing", $"evidence_{key}"), (error.Code, error.Field));
        Assert.EndsWith("需上传证明材料。", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "RET-01")]
    public void Unmet_JiangsuServedWithoutItsRegister_OneEvidenceError()
    {
        var files = JiangsuFiles();
        files.Remove("served");

        var error = Assert.Single(ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers()), files));

        Assert.Equal("evidence_served", error.Field);
    }

    [Theory]
    [Trait("Rule", "STN-04")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Unmet_QingdaoStaff_AtLeastThree(int count, bool accepted)
    {
        var staff = Enumerable.Range(1, count).Select(i => Staff("员工" + i)).ToList();

        var errors = ConditionCheck.Unmet(Qingdao, Content(QingdaoAnswers(), staff), QingdaoFiles());

        if (accepted)
            Assert.Empty(errors);
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal(("stations.staff_too_few", "Staff"), (error.Code, error.Field));
            Assert.Equal("服务人员应不少于3名，现有2名。", error.Message);
        }
    }

    [Theory]
    [Trait("Rule", "RET-03")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Unmet_JiangsuStaff_AtLeastThree(int count, bool accepted)
    {
        var staff = Enumerable.Range(1, count).Select(i => Staff("员工" + i)).ToList();

        var errors = ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers(), staff), JiangsuFiles());

        string[] expected = accepted ? [] : ["Staff"];
        Assert.Equal(expected, errors.Select(e => e.Field));
    }

    [Theory]
    [Trait("Rule", "RET-01")]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(null, false)]
    public void Unmet_JiangsuServed_AtLeast500(int? served, bool accepted)
    {
        var answers = Without(JiangsuAnswers(), "served", new(Number: served));

        var errors = ConditionCheck.Unmet(Jiangsu, Content(answers), JiangsuFiles());

        if (accepted)
            Assert.Empty(errors);
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal(("stations.number_too_low", "Answers[served]"), (error.Code, error.Field));
            Assert.Equal($"“上年度服务留学人员和海外人才人次”应不少于500，填写的是{served?.ToString(CultureInfo.InvariantCulture) ?? "—"}。",
                error.Message);
        }
    }

    [Theory]
    [Trait("Rule", "RET-02")]
    [Trait("Rule", "RET-04")]
    [InlineData("venue", "public", "公共服务区域")]
    [InlineData("equipment", "kiosk", "信息查询设备")]
    public void Unmet_JiangsuChecklistItemMissing_OneErrorNamingTheItem(string key, string item, string itemName)
    {
        var answers = JiangsuAnswers();
        answers[key] = new(Ticked: answers[key].Ticked!.Where(t => t != item).ToList());

        var error = Assert.Single(ConditionCheck.Unmet(Jiangsu, Content(answers), JiangsuFiles()));

        Assert.Equal($"Answers[{key}]", error.Field);
        Assert.EndsWith($"尚缺：{itemName}。", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "RET-05")]
    [Trait("Rule", "RET-06")]
    [InlineData("rules")]
    [InlineData("matching")]
    public void Unmet_JiangsuTextMissing_OneErrorOnTheAnswer(string key)
    {
        var answers = Without(JiangsuAnswers(), key, new());

        var error = Assert.Single(ConditionCheck.Unmet(Jiangsu, Content(answers), JiangsuFiles()));

        Assert.Equal(("stations.text_missing", $"Answers[{key}]"), (error.Code, error.Field));
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    public void Unmet_JiangsuStaffBelowCollege_ErrorOnThatRowsDegree()
    {
        IReadOnlyList<ServiceStaff> staff = [Staff("张一"), Staff("李二", StaffDegree.BelowCollege), Staff("王三", StaffDegree.College)];

        var error = Assert.Single(ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers(), staff), JiangsuFiles()));

        Assert.Equal(("stations.staff_degree", "Staff[1].Degree"), (error.Code, error.Field));
        Assert.Equal("第2行服务人员“李二”的学历应为大专或以上。", error.Message);
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    public void Unmet_JiangsuStaffWithoutEnglish_ErrorOnThatRowsEnglish()
    {
        IReadOnlyList<ServiceStaff> staff = [Staff("张一"), Staff("李二"), Staff("王三", english: false)];

        var error = Assert.Single(ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers(), staff), JiangsuFiles()));

        Assert.Equal(("stations.staff_english", "Staff[2].English"), (error.Code, error.Field));
        Assert.Equal("第3行服务人员“王三”需具备一定英语沟通能力。", error.Message);
    }

    [Fact]
    [Trait("Rule", "RET-03")]
    [Trait("Rule", "STN-04")]
    public void Unmet_StaffBelowCollegeWithoutEnglish_RefusedForJiangsuButFineForQingdao()
    {
        IReadOnlyList<ServiceStaff> staff = [Staff("张一", StaffDegree.BelowCollege, english: false), Staff("李二"), Staff("王三")];

        var jiangsu = ConditionCheck.Unmet(Jiangsu, Content(JiangsuAnswers(), staff), JiangsuFiles());
        var qingdao = ConditionCheck.Unmet(Qingdao, Content(QingdaoAnswers(), staff), QingdaoFiles());

        Assert.Equal(["Staff[0].Degree", "Staff[0].English"], jiangsu.Select(e => e.Field));
        Assert.Empty(qingdao);
    }

    [Fact]
    public void Unmet_EnglishUiCulture_NamesTheConditionInEnglish()
    {
        var answers = Without(QingdaoAnswers(), "lodging", new());
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");

            var error = Assert.Single(ConditionCheck.Unmet(Qingdao, Content(answers), QingdaoFiles()));

            Assert.Equal("Fill in \"Short-term discounted lodging plan\".", error.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
