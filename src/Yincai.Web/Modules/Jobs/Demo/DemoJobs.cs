using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Demo;

/// <summary>
/// Published demo jobs and project demands of the demo employers on first start, so that job search, the review lists
/// and matching show real behaviour: jobs of each employer's own industry, full-time, 见习 (traineeships) and 零工
/// (casual work), from no degree asked to a doctorate, majors from the MOE catalog, tags in Chinese and English, valid
/// for three months. An employer that has jobs (or demands) already gets none, so running it again changes nothing.
/// </summary>
public sealed class DemoJobs(YincaiDb db, MajorCatalog majors, OccupationCatalog occupations, TimeProvider clock)
{
    private sealed record DemoJob(string Employer, JobType Type, string Title, DegreeLevel Degree, string Majors, string Tags,
        int SalaryMin, int SalaryMax, string Description, int Experience = 0, int Headcount = 1, string? Occupation = null,
        string? Region = null);

    private sealed record DemoDemand(string Employer, string Title, string Description, CooperationMode Mode, int BudgetMin, int BudgetMax);

    private const JobType FullTime = JobType.FullTime;
    private const JobType Trainee = JobType.Internship;
    private const JobType Casual = JobType.PartTime;
    private const JobType Research = JobType.ResearchAssistant;
    private const DegreeLevel Any = DegreeLevel.None;
    private const DegreeLevel College = DegreeLevel.Vocational;
    private const DegreeLevel Bachelor = DegreeLevel.Bachelor;
    private const DegreeLevel Master = DegreeLevel.Master;
    private const DegreeLevel Doctorate = DegreeLevel.Doctorate;

    // Employers by the start of their name (Modules/Employers/Demo/DemoEmployers).
    private const string Haina = "青岛海纳", Quancheng = "济南泉城", Langang = "烟台蓝港", Wotu = "潍坊沃土", Qilu = "淄博齐鲁",
        Qihang = "青岛启航", Yimeng = "临沂沂蒙", Haian = "威海海岸线", Qizhi = "济宁启智", Mudan = "菏泽牡丹";

    private static readonly DemoJob[] Jobs =
    [
        new(Haina, FullTime, "Java后端开发工程师", Bachelor, "080902 080901", "Java,SpringBoot,MySQL,微服务,五险一金,双休", 10000, 16000,
            "参与政务与企业SaaS平台的后端开发，使用 Spring Boot、MySQL 和 Redis，编写单元测试并参与代码评审。欢迎应届毕业生。", Headcount: 3, Occupation: "2-02-10"),
        new(Haina, FullTime, "前端开发工程师（Vue）", Bachelor, "080902 080901 080905", "Vue,TypeScript,前端,五险一金,双休", 9000, 14000,
            "负责管理后台和移动端页面开发，与设计、后端协作完成需求；熟悉 Vue 3 与 TypeScript，关注可访问性与性能。", Headcount: 2, Occupation: "2-02-10",
            Region: "370202"),
        new(Haina, FullTime, "数据分析师", Bachelor, "080910 071201 070101", "Python,SQL,数据分析,Tableau,五险一金", 9000, 15000,
            "整理业务数据，搭建指标体系和报表，用 Python、SQL 做专题分析，为产品和运营提供数据支持。", Occupation: "2-02-38", Region: "370202"),
        new(Haina, Trainee, "软件测试见习生", College, "080902 080901", "软件测试,Selenium,见习补贴", 2800, 3500,
            "高校毕业生就业见习岗位：在导师带领下编写测试用例、执行功能与接口测试，见习期满表现优秀可留用。", Headcount: 4, Occupation: "4-04"),
        new(Haina, FullTime, "算法工程师（计算机视觉）", Master, "080717 080901 080902", "Python,PyTorch,计算机视觉,AI", 18000, 30000,
            "负责图像识别、目标检测算法的研发与部署，跟踪前沿论文并落地到工业质检场景。", Occupation: "2-02-38"),
        new(Haina, Casual, "IT运维兼职（周末）", College, "", "Linux,网络运维,兼职,周末", 3000, 4500,
            "周末到客户现场巡检服务器和网络设备，处理常见故障，按次结算。", Occupation: "4-04", Region: "370203"),
        new(Haina, FullTime, "高级Java架构师", Bachelor, "080902 080901", "Java,架构设计,高并发,微服务", 25000, 40000,
            "主导核心系统的架构设计与技术选型，解决高并发、分布式一致性问题，指导团队成员成长。", Experience: 5, Occupation: "2-02-10"),

        new(Quancheng, FullTime, "机械设计工程师", Bachelor, "080202 080204", "SolidWorks,CAD制图,非标设计,五险一金", 8000, 13000,
            "负责自动化生产线非标设备的结构设计、出图和选型，跟进装配调试。", Experience: 1, Headcount: 2, Occupation: "2-02-07"),
        new(Quancheng, FullTime, "电气工程师（PLC）", Bachelor, "080601 080801", "PLC编程,西门子,电气自动化", 8000, 12000,
            "负责设备电气原理图设计、PLC 与触摸屏程序编写、现场调试。", Occupation: "2-02-11"),
        new(Quancheng, FullTime, "嵌入式软件工程师", Bachelor, "080701 080901 080902", "C++,嵌入式,Linux,RTOS", 10000, 16000,
            "开发工业控制器的嵌入式软件，基于 Linux 和 RTOS 编写驱动与通信协议，参与软硬件联调。", Occupation: "2-02-10"),
        new(Quancheng, Trainee, "生产管理见习生", College, "080202 120201", "见习,生产管理,见习补贴", 3000, 3800,
            "高校毕业生就业见习岗位：轮岗学习生产计划、物料和现场管理，见习期满可转正。", Headcount: 5, Occupation: "6-31"),
        new(Quancheng, Casual, "设备装配零工", Any, "", "日结,装配,包餐", 4000, 6000,
            "协助装配工段完成设备组装和打包，按天结算，提供工作餐。", Headcount: 10, Occupation: "6-21"),
        new(Quancheng, FullTime, "售后服务工程师", College, "080202 080601", "出差,设备调试,驾驶证C1", 7000, 11000,
            "负责客户现场设备安装调试、培训和维修，需适应出差。", Occupation: "4-12"),

        new(Langang, FullTime, "药物研发研究员", Master, "100701 100702 081302", "药物制剂,HPLC,研发,五险一金", 12000, 20000,
            "负责口服固体制剂的处方与工艺研究，撰写研究资料，配合注册申报。", Occupation: "2-01"),
        new(Langang, FullTime, "质量检验员（QC）", Bachelor, "100701 083001 071001", "QC,HPLC,GMP", 6500, 9000,
            "按 GMP 要求完成原辅料、中间体和成品检验，维护检验仪器和记录。", Headcount: 3, Occupation: "2-02"),
        new(Langang, FullTime, "生物工艺工程师", Bachelor, "083001 081302", "细胞培养,发酵,GMP", 8000, 12000,
            "负责生物药上游细胞培养或发酵工艺的放大与优化，编写工艺文件。", Occupation: "2-02-32"),
        new(Langang, Trainee, "医药代表见习生", Bachelor, "100701 120202", "见习,医药销售,English", 3500, 5000,
            "高校毕业生就业见习岗位：学习产品知识和学术推广，协助组织科室会。", Headcount: 3, Occupation: "4-01"),
        new(Langang, FullTime, "药品注册专员（RA）", Bachelor, "100701 100702", "药品注册,CTD,英语六级", 9000, 14000,
            "整理 CTD 格式注册资料，跟进国内外药品注册进度，与药监部门沟通。", Experience: 2, Occupation: "2-02"),
        new(Langang, Research, "科研助理（抗体药物）", Doctorate, "071001 083001", "抗体,科研,博士", 20000, 30000,
            "参与抗体药物发现平台建设，开展抗体筛选与表征研究，可申报省市人才项目。", Occupation: "2-01"),

        new(Wotu, FullTime, "设施农业技术员", Bachelor, "090101 090102", "蔬菜种植,温室大棚,包食宿", 6000, 9000,
            "负责智能温室蔬菜的栽培管理、水肥方案制定和农户技术指导。", Headcount: 3, Occupation: "2-03"),
        new(Wotu, FullTime, "植保技术员", Bachelor, "090103 090101", "植物保护,病虫害防治", 6000, 8500,
            "开展病虫害监测与绿色防控，制定植保方案并指导实施。", Occupation: "2-03"),
        new(Wotu, Trainee, "农业技术推广见习生", College, "090102 090101", "见习,乡村振兴,包食宿", 2800, 3500,
            "高校毕业生就业见习岗位：跟随技术员下乡推广新品种和新技术，提供食宿。", Headcount: 4, Occupation: "2-03"),
        new(Wotu, Casual, "采摘季节性零工", Any, "", "日结,季节工,包午餐", 3500, 5000,
            "蔬果采摘旺季招收季节工，负责采摘、分拣和装箱，按天结算。", Headcount: 20, Occupation: "5-01"),
        new(Wotu, FullTime, "农产品电商运营", Bachelor, "120801 120202", "直播带货,电商运营,抖音", 7000, 12000,
            "负责寿光蔬菜线上店铺和直播间运营，策划活动、分析销售数据。", Occupation: "4-01"),
        new(Wotu, FullTime, "农业物联网工程师", Bachelor, "080905 080902 080901", "物联网,IoT,传感器,Python", 9000, 14000,
            "负责温室环境传感器、控制器的接入与数据平台开发，用 Python 处理采集数据。", Occupation: "2-02-10"),

        new(Qilu, FullTime, "化工工艺工程师", Bachelor, "081301", "化工工艺,DCS,安全生产,五险一金", 8000, 12000,
            "负责装置工艺参数控制与优化，编写操作规程，参与技术改造项目。", Headcount: 2, Occupation: "2-02-06"),
        new(Qilu, FullTime, "高分子材料研发工程师", Master, "080401 080403 081301", "高分子材料,研发,专利", 12000, 18000,
            "从事可降解高分子材料的配方与改性研究，推进小试到中试转化。", Occupation: "2-01"),
        new(Qilu, FullTime, "安全环保专员", Bachelor, "082502 081301", "安全环保,注册安全工程师", 7000, 10000,
            "负责安全生产和环保合规管理，组织隐患排查、应急演练和环保台账。", Experience: 2, Occupation: "2-02"),
        new(Qilu, Trainee, "化验分析见习生", College, "081301 080403", "见习,化验,倒班", 3000, 3800,
            "高校毕业生就业见习岗位：在化验室学习原料和产品分析方法，适应倒班。", Headcount: 3, Occupation: "6-11"),
        new(Qilu, FullTime, "设备维修技术员", College, "080202 080601", "设备维修,电工证,倒班", 6500, 9000,
            "负责生产设备的日常点检、维修保养和备件管理。", Headcount: 2, Occupation: "6-31"),
        new(Qilu, FullTime, "外贸业务员（化工产品）", Bachelor, "050201 050262", "English,外贸,出口", 7000, 15000,
            "开发海外客户，处理询盘、报价和出口单证，参加国际展会。", Occupation: "4-01"),

        new(Qihang, FullTime, "物流运营主管", Bachelor, "120601 120602", "物流管理,仓储,WMS", 8000, 12000,
            "负责保税仓库的入库、分拣和发运运营，优化库内作业流程与人效。", Experience: 2, Occupation: "4-02"),
        new(Qihang, FullTime, "仓储系统开发工程师", Bachelor, "080902 080901", "Java,WMS,MySQL,物流", 10000, 15000,
            "参与自研仓储管理系统（WMS）的开发与维护，对接港口和海关数据接口。", Headcount: 2, Occupation: "2-02-10"),
        new(Qihang, Trainee, "供应链管理见习生", Bachelor, "120601 120602", "见习,供应链,Excel", 3000, 4000,
            "高校毕业生就业见习岗位：学习订单、库存和运输计划管理，参与供应链数据整理。", Headcount: 3, Occupation: "4-02"),
        new(Qihang, Casual, "仓库分拣零工", Any, "", "日结,分拣,夜班", 4000, 6000,
            "电商大促期间招收分拣打包零工，可选夜班，按天结算。", Headcount: 30, Occupation: "4-02"),
        new(Qihang, FullTime, "报关员", College, "120601 050201", "报关,外贸,英语", 6000, 9000,
            "负责进出口货物的报关报检、单证审核和与海关的沟通。", Occupation: "4-02"),
        new(Qihang, FullTime, "数据分析专员（供应链）", Bachelor, "080910 071201 120601", "数据分析,SQL,Python,PowerBI", 8000, 13000,
            "分析仓储和运输数据，搭建 Power BI 看板，为网络规划和成本优化提供依据。", Occupation: "2-02"),

        new(Yimeng, FullTime, "电商运营专员", Bachelor, "120801 120202", "电商运营,天猫,直播", 6000, 10000,
            "负责沂蒙特产旗舰店的日常运营、商品上新和推广投放。", Headcount: 2, Occupation: "4-01"),
        new(Yimeng, FullTime, "新媒体运营", College, "050303 130502", "新媒体运营,短视频剪辑,小红书", 5500, 8500,
            "策划并制作短视频和图文内容，运营品牌账号，提升粉丝和转化。", Occupation: "4-13"),
        new(Yimeng, FullTime, "门店店长", College, "", "零售,门店管理,五险一金", 6000, 9000,
            "负责门店的人员排班、商品陈列、库存和销售目标管理。", Experience: 2, Occupation: "4-01"),
        new(Yimeng, Trainee, "采购助理见习生", College, "120202 120601", "见习,采购,Excel", 2800, 3500,
            "高校毕业生就业见习岗位：协助采购询价、下单和供应商资料整理。", Occupation: "4-01"),
        new(Yimeng, Casual, "促销兼职", Any, "", "周末,兼职,日结", 2500, 4000,
            "节假日在商超门店做产品促销和试吃推广，按天结算。", Headcount: 15, Occupation: "4-01"),
        new(Yimeng, FullTime, "会计", Bachelor, "120203 120204", "会计初级职称,用友,税务", 5500, 8000,
            "负责日常账务处理、纳税申报和月度报表，使用用友财务软件。", Occupation: "2-06"),

        new(Haian, FullTime, "前厅接待", College, "120902 120901", "酒店,英语,倒班,包食宿", 4500, 6500,
            "负责宾客入住、退房和问询服务，处理预订和投诉，提供食宿。", Headcount: 4, Occupation: "4-03"),
        new(Haian, FullTime, "酒店销售经理", Bachelor, "120902 120202", "酒店销售,English,会展", 8000, 14000,
            "开发企业协议客户和会议团队，完成客房与会议销售目标。", Experience: 3, Occupation: "4-03"),
        new(Haian, Trainee, "酒店管理培训生", Bachelor, "120902 120901", "管培生,见习,包食宿", 3500, 4500,
            "高校毕业生就业见习岗位：在前厅、客房、餐饮各部门轮岗，见习期满定岗。", Headcount: 6, Occupation: "4-03"),
        new(Haian, Casual, "宴会服务零工", Any, "", "日结,宴会,周末", 3000, 4500,
            "婚宴和会议旺季的宴会服务零工，负责摆台、传菜和收尾，按场结算。", Headcount: 20, Occupation: "4-03"),
        new(Haian, FullTime, "收益管理专员", Bachelor, "071201 120204 120902", "Revenue,数据分析,Excel", 7000, 11000,
            "分析市场和预订数据，制定房价与渠道策略，提升每间可售房收入。", Occupation: "2-06"),
        new(Haian, FullTime, "韩语客服专员", Bachelor, "050209", "韩语,客服,TOPIK", 5500, 8000,
            "接待韩国宾客和旅行社，处理韩语预订、咨询和投诉。", Occupation: "4-03"),

        new(Qizhi, FullTime, "小学数学教师", Bachelor, "070101 040101", "教师资格证,数学,寒暑假", 6000, 9000,
            "负责小学数学课程教学和学情分析，参与教研活动。", Headcount: 3, Occupation: "2-08"),
        new(Qizhi, FullTime, "英语教师", Bachelor, "050201 050262", "教师资格证,English,专八", 6000, 9500,
            "负责中小学英语课程教学，组织英语角和口语训练。", Headcount: 2, Occupation: "2-08"),
        new(Qizhi, FullTime, "学前教育老师", College, "040106", "学前教育,幼儿园,五险一金", 4500, 6500,
            "负责幼儿园班级保教工作，组织游戏和主题活动，与家长沟通。", Headcount: 4, Occupation: "2-08"),
        new(Qizhi, Trainee, "教研助理见习生", Bachelor, "040101 070101", "见习,教研,Office办公", 2800, 3500,
            "高校毕业生就业见习岗位：协助整理教案、题库和教研资料。", Occupation: "2-08"),
        new(Qizhi, Casual, "少儿编程兼职讲师（周末）", Bachelor, "080901 080902", "Python,Scratch,少儿编程,兼职", 3000, 6000,
            "周末讲授 Scratch 和 Python 少儿编程课，按课时结算。", Headcount: 2, Occupation: "2-08"),
        new(Qizhi, FullTime, "课程产品经理", Bachelor, "040101 080902", "在线教育,产品经理,Axure", 9000, 14000,
            "负责在线课程产品的需求分析、原型设计和上线迭代。", Experience: 2, Occupation: "2-99"),

        new(Mudan, FullTime, "电气设计工程师", Bachelor, "080601 080801", "EPLAN,CAD制图,低压电器", 7000, 11000,
            "负责成套开关柜和配电箱的电气方案设计、选型和出图。", Headcount: 2, Occupation: "2-02-11"),
        new(Mudan, FullTime, "电力电子工程师", Master, "080601 080801", "电力电子,储能,逆变器", 12000, 20000,
            "从事储能变流器和光伏逆变器的主电路与控制算法开发。", Occupation: "2-02-09"),
        new(Mudan, FullTime, "工艺工程师", Bachelor, "080202 080204", "工艺,精益生产,SMT", 7000, 10000,
            "负责产线工艺文件编制、工装设计和精益改善。", Occupation: "2-02"),
        new(Mudan, Trainee, "质量管理见习生", College, "080601 080202", "见习,质量管理,ISO9001", 2800, 3500,
            "高校毕业生就业见习岗位：学习来料检验、过程质量控制和 ISO9001 体系文件。", Headcount: 3, Occupation: "6-31"),
        new(Mudan, Casual, "产线装配零工", Any, "", "日结,装配,包餐", 3500, 5000,
            "订单高峰期招收装配零工，负责元器件装配和包装，按天结算。", Headcount: 20, Occupation: "6-24"),
        new(Mudan, FullTime, "MES系统开发工程师", Bachelor, "080902 080901", "C#,.NET,MES,SQLServer", 8000, 13000,
            "负责工厂 MES 系统的开发和运维，对接生产设备和 ERP 数据。", Occupation: "2-02"),
    ];

    private static readonly DemoDemand[] Demands =
    [
        new(Haina, "政务数据治理平台联合研发", "寻求高校或科研团队联合研发数据清洗、质量评估和数据血缘工具，支撑地市政务数据治理。", CooperationMode.JointResearch, 50, 120),
        new(Quancheng, "工业机器人视觉定位技术攻关", "为焊接和装配机器人开发基于三维视觉的工件定位与纠偏算法，定位精度优于0.1毫米。", CooperationMode.CommissionedDevelopment, 80, 200),
        new(Langang, "抗体药物高表达细胞株构建", "引进或合作开发CHO高表达细胞株构建技术，表达量达到每升5克以上，可技术转让。", CooperationMode.TechnologyTransfer, 200, 500),
        new(Wotu, "设施蔬菜智能水肥一体化系统", "基于土壤墒情和作物生长模型的智能水肥决策系统，在寿光示范园区落地验证。", CooperationMode.JointResearch, 30, 80),
        new(Qilu, "可降解高分子材料中试放大", "引进掌握聚乳酸改性和中试放大经验的人才团队，完成千吨级生产线工艺包。", CooperationMode.TalentIntroduction, 100, 300),
        new(Qihang, "冷链物流温控追溯系统开发", "委托开发冷链运输全程温湿度监测与追溯平台，对接车载传感器和海关查验系统。", CooperationMode.CommissionedDevelopment, 40, 90),
        new(Qizhi, "AI作文批改系统技术咨询", "就中小学作文自动批改与评语生成的大模型应用方案提供技术咨询和效果评估。", CooperationMode.Consulting, 10, 30),
        new(Mudan, "储能变流器控制算法优化", "联合优化储能变流器并离网切换和电网支撑控制算法，提升转换效率和可靠性。", CooperationMode.JointResearch, 60, 150),
    ];

    /// <summary>Jobs and demands for <paramref name="employers"/> (the demo employers), approved in
    /// <paramref name="reviewerId"/>'s name; returns how many of each were created.</summary>
    public async Task<(int Jobs, int Demands)> SeedAsync(IReadOnlyList<EmployerCard> employers, Guid reviewerId,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaClock.DateOf(now);
        var validUntil = today.AddMonths(3);
        var ids = employers.Select(e => e.Id).ToList();
        var withJobs = await db.Jobs.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(j => ids.Contains(j.EmployerId))
            .Select(j => j.EmployerId).Distinct().ToListAsync(cancellationToken);
        var withDemands = await db.ProjectDemands.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(d => ids.Contains(d.EmployerId))
            .Select(d => d.EmployerId).Distinct().ToListAsync(cancellationToken);

        var jobs = 0;
        foreach (var row in Jobs)
        {
            if (Find(employers, row.Employer) is not { } employer || withJobs.Contains(employer.Id)) continue;
            var job = new Job(employer.Id, Details(row, employer, validUntil), now);
            Publish(job.Submit(today), job.Approve(reviewerId, now), row.Title);
            db.Jobs.Add(job);
            jobs++;
        }

        var demands = 0;
        foreach (var row in Demands)
        {
            if (Find(employers, row.Employer) is not { } employer || withDemands.Contains(employer.Id)) continue;
            var demand = new ProjectDemand(employer.Id, new ProjectDemandDetails(employer.Name, row.Title, row.Description,
                employer.IndustryCode, employer.RegionCode, row.Mode, row.BudgetMin, row.BudgetMax, validUntil), now);
            Publish(demand.Submit(today), demand.Approve(reviewerId, now), row.Title);
            db.ProjectDemands.Add(demand);
            demands++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (jobs, demands);
    }

    /// <summary>The job as the employer would have stated it, held to the same rules as the job form (JobPostings).</summary>
    private JobDetails Details(DemoJob row, EmployerCard employer, DateOnly validUntil)
    {
        var majorCodes = ListInput.Split(row.Majors)
            .Select(code => majors.Find(code)?.Code ?? throw new InvalidOperationException($"Demo job {row.Title}: unknown major {code}"))
            .ToList();
        var tags = ListInput.Split(row.Tags);
        if (tags.Count > JobPostings.MaxTags || tags.Any(t => t.Length > JobPostings.MaxTagLength) || majorCodes.Count > JobPostings.MaxMajors)
            throw new InvalidOperationException($"Demo job {row.Title}: too many or too long tags or majors");
        if (row.Occupation is { } occupation && occupations.Find(occupation) is not { IsMajorGroup: false })
            throw new InvalidOperationException($"Demo job {row.Title}: unknown occupation {occupation}");
        return new JobDetails(employer.Name, row.Type, row.Title, row.Description, row.Region ?? employer.RegionCode, employer.IndustryCode,
            row.Headcount, row.Degree, row.SalaryMin, row.SalaryMax, validUntil, row.Occupation, majorCodes, row.Experience, tags);
    }

    private static EmployerCard? Find(IReadOnlyList<EmployerCard> employers, string start) =>
        employers.FirstOrDefault(e => e.Name.StartsWith(start, StringComparison.Ordinal) && e.Status == EmployerStatus.Verified);

    private static void Publish(Result submitted, Result approved, string title)
    {
        if (submitted.IsError || approved.IsError)
            throw new InvalidOperationException($"Demo posting {title} not published: {(submitted.Error ?? approved.Error)!.Code}");
    }
}
