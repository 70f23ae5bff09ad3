package cn.nianbao.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.UiTest;
import cn.nianbao.admin.AgencyAdministration;
import cn.nianbao.admin.PeopleImport;
import cn.nianbao.admin.RoleAdministration;
import cn.nianbao.admin.UserAdministration;
import cn.nianbao.admin.UserSearch;
import cn.nianbao.admin.Workbooks;
import cn.nianbao.admin.ui.AgenciesView;
import cn.nianbao.admin.ui.PasswordPolicyView;
import cn.nianbao.admin.ui.PeopleImportView;
import cn.nianbao.admin.ui.RolesView;
import cn.nianbao.admin.ui.UsersView;
import cn.nianbao.agency.AppUser;
import cn.nianbao.agency.AppUserRepository;
import cn.nianbao.agency.Role;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditLog;
import cn.nianbao.audit.AuditSearch;
import cn.nianbao.audit.ui.AuditView;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.coordination.AreaExport;
import cn.nianbao.coordination.AreaIndicators;
import cn.nianbao.coordination.AreaProgress;
import cn.nianbao.coordination.FilingRules;
import cn.nianbao.coordination.MarkThresholds;
import cn.nianbao.coordination.YearStart;
import cn.nianbao.coordination.ui.AreaView;
import cn.nianbao.deadline.CalendarEntry;
import cn.nianbao.deadline.InternalDueDates;
import cn.nianbao.deadline.ReminderDays;
import cn.nianbao.deadline.WorkingCalendar;
import cn.nianbao.deadline.ui.CalendarView;
import cn.nianbao.deadline.ui.DeadlineSettingsView;
import cn.nianbao.desk.ApprovalForm;
import cn.nianbao.desk.ApprovalForms;
import cn.nianbao.desk.ReportWordFile;
import cn.nianbao.desk.Signatures;
import cn.nianbao.desk.opinions.StockOpinion;
import cn.nianbao.desk.opinions.StockOpinions;
import cn.nianbao.desk.ui.DoneView;
import cn.nianbao.desk.ui.InboxView;
import cn.nianbao.desk.ui.PartTaskView;
import cn.nianbao.desk.ui.ReportDetailView;
import cn.nianbao.desk.ui.ReportsView;
import cn.nianbao.desk.ui.SignatureView;
import cn.nianbao.desk.ui.TaskView;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftReaggregation;
import cn.nianbao.report.MarkKind;
import cn.nianbao.report.PartProposals;
import cn.nianbao.report.Reaggregation;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.report.lexicon.LexiconRow;
import cn.nianbao.report.lexicon.LexiconService;
import cn.nianbao.report.lexicon.ui.LexiconView;
import cn.nianbao.report.ui.CheckView;
import cn.nianbao.security.ui.ChangePasswordView;
import cn.nianbao.support.TestPictures;
import cn.nianbao.workflow.ProcessDiagram;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.ReviewMarks;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see what (issue 5): every kind of person × every screen and service call × a report of their own agency, of
 * another agency, and of an agency below theirs. Each cell is a test of its own, named by who and what.
 */
class AccessMatrixTest extends UiTest {

    private static final String OWN_HANDLER = "本机关经办人员";
    private static final String OWN_SECRECY = "本机关保密审查员";
    private static final String OWN_SUPERVISOR = "本机关分管领导";
    private static final String OWN_LEAD = "本机关主要领导";
    /** A handler of the same agency who holds neither the draft nor a part of it. */
    private static final String SECOND_HANDLER = "本机关另一经办人员";
    /** A handler of the same agency to whom one part of a draft (二) is handed (分工起草). */
    private static final String PART_OWNER = "本机关分工同事";
    /** A handler of the same agency whose part (三) the drafter took back (分工已取消): may leave a proposal. */
    private static final String FORMER_PART_OWNER = "本机关已收回分工的同事";

    private static final String OTHER_HANDLER = "其他机关经办人员";
    private static final String OTHER_LEAD = "其他机关主要领导";
    private static final String COORDINATOR_ABOVE = "上级主管部门协调员";
    private static final String COORDINATOR_ELSEWHERE = "其他县协调员";
    private static final String SYSTEM_ADMIN = "系统管理员";
    private static final String SECURITY_ADMIN = "安全管理员";
    private static final String AUDIT_ADMIN = "审计管理员";

    /** An edit of {@code section} from what the person loaded, with a text of its own each time. */
    private static DraftEdit typedIn(ReportView view, Section section) {
        return DraftEdit.between(view.content(), typedContent(view, section));
    }

    /** The content the person loaded with {@code section} typed anew. */
    private static ReportContent typedContent(ReportView view, Section section) {
        Map<Section, String> texts = new java.util.EnumMap<>(Section.class);
        texts.putAll(view.content().sections());
        texts.put(section, "矩阵测试 " + System.nanoTime());
        return new ReportContent(texts, view.content().tables());
    }

    private static final Set<String> OWN_CHAIN =
            Set.of(OWN_HANDLER, SECOND_HANDLER, PART_OWNER, FORMER_PART_OWNER, OWN_SECRECY, OWN_SUPERVISOR, OWN_LEAD);
    private static final Set<String> ALL_CHAIN = union(OWN_CHAIN, Set.of(OTHER_HANDLER, OTHER_LEAD));
    private static final Set<String> READERS_OF_DRAFT = union(OWN_CHAIN, Set.of(COORDINATOR_ABOVE));

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    PartProposals proposals;

    @Autowired
    DraftReaggregation reaggregation;

    @Autowired
    ApprovalForms approvalForms;

    @Autowired
    ReportWordFile wordFile;

    @Autowired
    Signatures signatures;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ProcessDiagram diagrams;

    @Autowired
    ReviewMarks reviewMarks;

    @Autowired
    UserAdministration users;

    @Autowired
    UserSearch userSearch;

    @Autowired
    PeopleImport peopleImport;

    @Autowired
    AppUserRepository userRepository;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    AgencyAdministration agencies;

    @Autowired
    RoleAdministration roles;

    @Autowired
    AreaProgress area;

    @Autowired
    AreaExport areaExport;

    @Autowired
    AreaIndicators areaIndicators;

    @Autowired
    YearStart yearStart;

    @Autowired
    AuditLog auditLog;

    @Autowired
    StockOpinions stockOpinions;

    @Autowired
    LexiconService lexicon;

    @Autowired
    FilingRules filingRules;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    InternalDueDates internalDueDates;

    @Autowired
    ReminderDays reminderDays;

    @Autowired
    SsoAccounts ssoAccounts;

    private record Target(String name, Set<String> allowed, Predicate<String> reachedBy) {}

    @TestFactory
    Stream<DynamicTest> every_person_reaches_exactly_what_their_role_and_agency_allow() {
        TestCounty county = testAgencies.createCounty();
        TestCounty otherCounty = testAgencies.createCounty();
        TestAgency own = testAgencies.createBelow(county.id());
        TestAgency other = testAgencies.createBelow(otherCounty.id());
        // the report year whose internal dates (by next January) are still ahead, whenever the matrix runs
        int thisYear = java.time.LocalDate.now().getYear();
        Map<String, String> people = new LinkedHashMap<>();
        people.put(OWN_HANDLER, own.handler());
        String secondHandler = testAgencies.addPerson(own, "second", "另一经办", Role.HANDLER);
        String partOwner = testAgencies.addPerson(own, "owner", "分到第二部分", Role.HANDLER);
        people.put(SECOND_HANDLER, secondHandler);
        people.put(PART_OWNER, partOwner);
        String formerOwner = testAgencies.addPerson(own, "former", "已收回分工", Role.HANDLER);
        people.put(FORMER_PART_OWNER, formerOwner);
        people.put(OWN_SECRECY, own.secrecy());
        people.put(OWN_SUPERVISOR, own.supervisor());
        people.put(OWN_LEAD, own.lead());
        people.put(OTHER_HANDLER, other.handler());
        people.put(OTHER_LEAD, other.lead());
        people.put(COORDINATOR_ABOVE, county.coordinator());
        people.put(COORDINATOR_ELSEWHERE, otherCounty.coordinator());
        people.put(SYSTEM_ADMIN, "sysadmin");
        people.put(SECURITY_ADMIN, "secadmin");
        people.put(AUDIT_ADMIN, "auditadmin");

        long draft = journey.start(own, 2025);
        long inReview = journey.drafted(own, 2024, Map.of(), Map.of());
        String reviewTask = journey.taskOf(own.secrecy(), inReview).taskId();
        long withFinding = journey.drafted(own, 2022, Map.of(Section.S2, "本局编印内部资料汇编一册。"), Map.of());
        String markTask = journey.taskOf(own.secrecy(), withFinding).taskId();
        String findingKey = logins.as(
                own.secrecy(), () -> reviewMarks.findings(markTask).getFirst().key());
        String draftTask = journey.taskOf(own.handler(), draft).taskId();
        String colleague = testAgencies.addPerson(own, "colleague", "分工同事", Role.HANDLER);
        long split = journey.start(own, 2023);
        logins.as(
                own.handler(),
                () -> workflow.assignPart(journey.taskOf(own.handler(), split).taskId(), DraftPart.S1, colleague));
        String partTask = journey.taskOf(colleague, split).taskId();
        StockOpinion colleagues = logins.as(colleague, () -> stockOpinions.add("分工同事自己的常用意见"));
        LexiconRow matrixWord = logins.as("secadmin", () -> lexicon.add("矩阵测试词", "原因", ""));
        logins.as(county.coordinator(), () -> filingRules.require(2021, true));
        long signed = journey.drafted(own, 2021, Map.of(), Map.of());
        journey.approveAll(own, signed);
        String filingTask = journey.taskOf(county.coordinator(), signed).taskId();
        long shared = journey.start(own, 2026);
        logins.as(
                own.handler(),
                () -> workflow.assignPart(journey.taskOf(own.handler(), shared).taskId(), DraftPart.S2, partOwner));
        long takenBack = shared;
        String takenBackTask = journey.taskOf(own.handler(), takenBack).taskId();
        logins.as(own.handler(), () -> {
            workflow.assignPart(takenBackTask, DraftPart.S3, formerOwner);
            workflow.cancelPart(takenBackTask, DraftPart.S3);
        });
        java.time.LocalDate matrixDay = java.time.LocalDate.of(2039, 1, 3);
        logins.as("sysadmin", () -> calendar.set(matrixDay, false, "矩阵测试"));

        AppUser edited = userRepository
                .findByUsername(testAgencies.addPerson(own, "matrix-edit", "矩阵编辑"))
                .orElseThrow();
        String importCode = "mx-" + System.nanoTime();
        byte[] importFile = Workbooks.of(List.of(List.of(importCode, "矩阵导入测试局", "政府部门", "", "")), List.of());

        List<Target> targets = List.of(
                new Target("读取报告草稿（服务）", READERS_OF_DRAFT, user -> succeeds(() -> reports.view(draft))),
                new Target("读取办理历史（服务）", READERS_OF_DRAFT, user -> succeeds(() -> reports.history(draft))),
                new Target(
                        "上传本人签名图片（服务）",
                        Set.of(OWN_SECRECY, OWN_SUPERVISOR, OWN_LEAD, OTHER_LEAD),
                        user -> succeeds(() -> signatures.upload(TestPictures.png(200, 60)))),
                new Target(
                        "页面 我的签名",
                        Set.of(OWN_SECRECY, OWN_SUPERVISOR, OWN_LEAD, OTHER_LEAD),
                        user -> shows("signature", SignatureView.class)),
                new Target(
                        "打印签发单（服务）",
                        READERS_OF_DRAFT,
                        user -> succeeds(() -> approvalForms.pdf(draft, ApprovalForm.SIGN_OFF))),
                new Target("下载报告 Word 文件（服务）", READERS_OF_DRAFT, user -> succeeds(() -> wordFile.of(draft))),
                new Target(
                        "读取流程图（服务）",
                        READERS_OF_DRAFT,
                        user -> succeeds(() -> diagrams.of(draft).orElseThrow())),
                new Target(
                        "保存草稿（服务）",
                        Set.of(OWN_HANDLER),
                        user -> succeeds(() -> {
                            ReportView view = reports.view(draft);
                            reports.saveDraft(draft, view.version(), view.content());
                        })),
                new Target(
                        "修改草稿正文（服务，只有起草任务的办理人）",
                        Set.of(OWN_HANDLER),
                        user -> succeeds(() -> reports.saveDraft(draft, typedIn(reports.view(draft), Section.S6)))),
                new Target(
                        "修改已分工给同事的部分（服务）",
                        Set.of(),
                        user -> succeeds(() -> reports.saveDraft(split, typedIn(reports.view(split), Section.S1)))),
                new Target(
                        "修改分到自己的部分（服务，分工同事）",
                        Set.of(PART_OWNER),
                        user -> succeeds(() -> reports.saveDraft(shared, typedIn(reports.view(shared), Section.S2)))),
                new Target(
                        "分工收回后留下修改建议（服务，只有原分工同事）",
                        Set.of(FORMER_PART_OWNER),
                        user -> succeeds(() -> proposals.propose(
                                takenBack, Set.of(DraftPart.S3), typedContent(reports.view(takenBack), Section.S3)))),
                new Target(
                        "修改未分工的部分（服务，只有起草任务的办理人）",
                        Set.of(OWN_HANDLER),
                        user -> succeeds(() -> reports.saveDraft(shared, typedIn(reports.view(shared), Section.S6)))),
                new Target("重新汇总部门的报告（服务，只有政府的报告汇总）", Set.of(), user -> succeeds(() -> reaggregation.preview(draft))),
                new Target(
                        "报告列表中有该报告（服务）",
                        READERS_OF_DRAFT,
                        user -> reports.readableReports().stream().anyMatch(r -> r.id() == draft)),
                new Target(
                        "待办中有保密审查任务（服务）",
                        Set.of(OWN_SECRECY),
                        user -> workflow.inbox().stream().anyMatch(item -> item.reportId() == inReview)),
                new Target(
                        "办理保密审查（服务）",
                        Set.of(OWN_SECRECY),
                        user -> workflow.task(reviewTask).isPresent()),
                new Target("读取保密审查提示（服务）", Set.of(OWN_SECRECY), user -> succeeds(() -> reviewMarks.findings(markTask))),
                new Target(
                        "标记保密审查提示（服务）",
                        Set.of(OWN_SECRECY),
                        user -> succeeds(() -> reviewMarks.mark(markTask, findingKey, MarkKind.VERIFIED, null))),
                new Target(
                        "分工起草（服务）",
                        Set.of(OWN_HANDLER),
                        user -> succeeds(() -> workflow.assignPart(draftTask, DraftPart.S6, colleague))),
                new Target("办理他人的分工部分（服务）", Set.of(), user -> succeeds(() -> workflow.finishPart(partTask))),
                new Target(
                        "页面 parts/{他人的分工}",
                        Set.of(),
                        user -> shows("parts/" + partTask, PartTaskView.class)
                                && _find(Paragraph.class, spec -> spec.withId("task-gone"))
                                        .isEmpty()),
                new Target(
                        "自己的常用意见（服务）",
                        union(ALL_CHAIN, Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE)),
                        user -> succeeds(() -> stockOpinions.mine())),
                new Target(
                        "读取他人的常用意见（服务）",
                        Set.of(),
                        user -> succeeds(() -> {
                            if (stockOpinions.mine().stream().noneMatch(o -> o.id() == colleagues.id())) {
                                throw new AccessDeniedException("不在本人的常用意见中");
                            }
                        })),
                new Target("删除他人的常用意见（服务）", Set.of(), user -> succeeds(() -> stockOpinions.delete(colleagues.id()))),
                new Target("用户列表（服务）", Set.of(SYSTEM_ADMIN), user -> succeeds(() -> users.list())),
                new Target("机关列表（服务）", Set.of(SYSTEM_ADMIN), user -> succeeds(() -> agencies.page("", 0, 50))),
                new Target(
                        "机关分页查找、上级机关名称（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> agencies.page("矩阵", 0, 50))
                                && succeeds(() -> agencies.count("矩阵"))
                                && succeeds(() -> agencies.find(own.id()))
                                && succeeds(() -> agencies.namesOf(Set.of(own.id())))),
                new Target(
                        "用户分页查找（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> userSearch.page("矩阵", 0, 50)) && succeeds(() -> userSearch.count("矩阵"))),
                new Target(
                        "编辑账号姓名、机关、电话和邮箱（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> users.update(
                                edited.getId(), "矩阵编辑", own.id(), "13800138000", "matrix@example.gov.cn"))),
                new Target("解锁被锁定的账号（服务）", Set.of(SYSTEM_ADMIN), user -> {
                    jdbc.sql("delete from login_attempt where username = ?")
                            .param(edited.getUsername())
                            .update();
                    jdbc.sql("insert into login_attempt (username, failures, locked_until) values (?, 0, ?)")
                            .params(edited.getUsername(), java.sql.Timestamp.valueOf("2099-01-01 00:00:00"))
                            .update();
                    return succeeds(() -> userSearch.unlock(edited.getId()));
                }),
                new Target(
                        "Excel 导入预览（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> peopleImport.preview("矩阵.xlsx", importFile))),
                new Target(
                        "Excel 确认导入（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> peopleImport.importAll("矩阵.xlsx", importFile, "Juzhen@2026pw"))),
                new Target(
                        "页面 导入机关和人员",
                        Set.of(SYSTEM_ADMIN),
                        user -> shows("admin/users/import", PeopleImportView.class)),
                new Target("角色列表（服务）", Set.of(SECURITY_ADMIN), user -> succeeds(() -> roles.list())),
                new Target(
                        "角色分配的人员分页查找（服务）",
                        Set.of(SECURITY_ADMIN),
                        user -> succeeds(() -> roles.page("矩阵", 0, 50)) && succeeds(() -> roles.count("矩阵"))),
                new Target(
                        "页面 reports/" + draft,
                        READERS_OF_DRAFT,
                        user -> shows("reports/" + draft, ReportDetailView.class)
                                && _find(Paragraph.class, spec -> spec.withId("not-found"))
                                        .isEmpty()),
                new Target(
                        "待办中有主管部门备案任务（服务）",
                        Set.of(COORDINATOR_ABOVE),
                        user -> workflow.inbox().stream().anyMatch(item -> item.reportId() == signed)),
                new Target(
                        "办理主管部门备案（服务）",
                        Set.of(COORDINATOR_ABOVE),
                        user -> workflow.task(filingTask).isPresent()),
                new Target(
                        "页面 tasks/{主管部门备案}",
                        Set.of(COORDINATOR_ABOVE),
                        user -> shows("tasks/" + filingTask, TaskView.class)
                                && _find(Paragraph.class, spec -> spec.withId("task-gone"))
                                        .isEmpty()),
                new Target(
                        "查看和设置本辖区先备案后公布（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> {
                            filingRules.ofMyArea(2021);
                            filingRules.require(2019, false);
                        })),
                new Target(
                        "页面 tasks/{保密审查}",
                        Set.of(OWN_SECRECY),
                        user -> shows("tasks/" + reviewTask, TaskView.class)
                                && _find(Paragraph.class, spec -> spec.withId("task-gone"))
                                        .isEmpty()),
                new Target(
                        "页面 reports",
                        union(ALL_CHAIN, Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE)),
                        user -> shows("reports", ReportsView.class)),
                new Target("页面 待办", ALL_CHAIN, user -> shows("", InboxView.class)),
                new Target(
                        "页面 已办",
                        union(ALL_CHAIN, Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE)),
                        user -> shows("done", DoneView.class)),
                new Target("页面 格式校验", Set.copyOf(people.keySet()), user -> shows("check", CheckView.class)),
                new Target(
                        "页面 修改密码",
                        Set.copyOf(people.keySet()),
                        user -> shows("account/password", ChangePasswordView.class)),
                new Target(
                        "页面 辖区进度",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> shows("area", AreaView.class)),
                new Target(
                        "辖区进度（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> area.of(2025))),
                new Target(
                        "辖区当前报告年度（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> area.currentCycle())),
                new Target(
                        "导出辖区进度 Excel（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> areaExport.xlsx(2025))),
                new Target(
                        "考核指标（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> areaIndicators.of(2025))),
                new Target(
                        "设置考核指标阈值（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> areaIndicators.setThresholds(MarkThresholds.DEFAULT))),
                new Target(
                        "导出辖区进度 CSV（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> areaExport.csv(2025))),
                new Target(
                        "年度开始将创建的报告（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> yearStart.plan(2025))),
                new Target("页面 用户管理", Set.of(SYSTEM_ADMIN), user -> shows("admin/users", UsersView.class)),
                new Target("页面 机关管理", Set.of(SYSTEM_ADMIN), user -> shows("admin/agencies", AgenciesView.class)),
                new Target("页面 角色分配", Set.of(SECURITY_ADMIN), user -> shows("admin/roles", RolesView.class)),
                new Target(
                        "页面 密码策略",
                        Set.of(SECURITY_ADMIN),
                        user -> shows("admin/password-policy", PasswordPolicyView.class)),
                new Target("错敏词列表（服务）", Set.of(SECURITY_ADMIN), user -> succeeds(() -> lexicon.list())),
                new Target(
                        "新增错敏词（服务）",
                        Set.of(SECURITY_ADMIN),
                        user -> succeeds(() ->
                                lexicon.delete(lexicon.add("矩阵新增词", "原因", "").id()))),
                new Target(
                        "修改错敏词（服务）",
                        Set.of(SECURITY_ADMIN),
                        user -> succeeds(() -> lexicon.change(matrixWord.id(), "原因", ""))),
                new Target(
                        "删除错敏词（服务）", Set.of(SECURITY_ADMIN), user -> succeeds(() -> lexicon.delete(matrixWord.id()))),
                new Target("页面 错敏词", Set.of(SECURITY_ADMIN), user -> shows("admin/lexicon", LexiconView.class)),
                new Target("页面 工作日历", Set.of(SYSTEM_ADMIN), user -> shows("admin/calendar", CalendarView.class)),
                new Target(
                        "修改工作日历的一天（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> calendar.set(java.time.LocalDate.of(2039, 1, 4), true, "矩阵测试"))),
                new Target("删除工作日历的一天（服务）", Set.of(SYSTEM_ADMIN), user -> succeeds(() -> calendar.remove(matrixDay))),
                new Target(
                        "按通知替换全年工作日历（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> calendar.replaceYear(
                                2038, List.of(new CalendarEntry(java.time.LocalDate.of(2038, 1, 1), false, "元旦"))))),
                new Target(
                        "页面 期限设置",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE, SYSTEM_ADMIN),
                        user -> shows("deadline-settings", DeadlineSettingsView.class)),
                new Target(
                        "下级机关截止日期列表（服务）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> internalDueDates.belowMine(internalDueDates.defaultYear()))),
                new Target(
                        "设置并恢复本机关某年度的内部截止日期（服务）",
                        Set.of(COORDINATOR_ABOVE, SYSTEM_ADMIN),
                        user -> succeeds(() -> {
                            internalDueDates.set(own.id(), thisYear, java.time.MonthDay.of(1, 20));
                            internalDueDates.clear(own.id(), thisYear);
                        })),
                new Target(
                        "统一设置全部下级部门并沿用上年（服务，各协调员对自己的下级）",
                        Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE),
                        user -> succeeds(() -> {
                            internalDueDates.setForKind(
                                    thisYear, cn.nianbao.agency.AgencyKind.DEPARTMENT, java.time.MonthDay.of(1, 20));
                            internalDueDates.copyPreviousYear(thisYear + 1, true);
                        })),
                new Target(
                        "设置提醒天数（服务）",
                        Set.of(SYSTEM_ADMIN),
                        user -> succeeds(() -> reminderDays.set(reminderDays.current()))),
                new Target(
                        "统一身份认证登录（按用户名找到本系统账号；三员只用本地密码）",
                        union(ALL_CHAIN, Set.of(COORDINATOR_ABOVE, COORDINATOR_ELSEWHERE)),
                        this::acceptedBySingleSignOn),
                new Target("审计日志（服务）", Set.of(AUDIT_ADMIN), user -> succeeds(() -> auditLog.count(AuditSearch.ALL))),
                new Target("页面 审计日志", Set.of(AUDIT_ADMIN), user -> shows("audit", AuditView.class)));

        List<DynamicTest> cells = cellsOf(targets, people);
        cells.add(DynamicTest.dynamicTest("未登录 × 页面 reports/" + draft + " → 登录页", () -> {
            logins.logout();
            assertThat(shows("reports/" + draft, ReportDetailView.class)).isFalse();
            assertThat(succeeds(() -> reports.view(draft))).isFalse();
        }));
        return cells.stream();
    }

    private static final String GOV_DRAFTER = "县政府经办人员（起草人）";

    /**
     * 重新汇总 of a county government's draft, which a department published after it was created: the government's
     * own people, its coordinator, a department below, another county. The drafter comes last, as the one whose
     * 确认更新 succeeds and leaves nothing to take in for anyone after.
     */
    @TestFactory
    Stream<DynamicTest> only_the_drafter_of_a_government_report_may_reaggregate_it() {
        TestCounty county = testAgencies.createCounty();
        TestAgency government = testAgencies.staffOf(county);
        TestAgency department = testAgencies.createBelow(county.id());
        TestAgency elsewhere =
                testAgencies.createBelow(testAgencies.createCounty().id());
        long draft = journey.start(government, 2025);
        journey.published(department, 2025, ReportJourney.texts("后发布。"), ReportJourney.CONSISTENT_FIGURES);
        Map<String, String> people = new LinkedHashMap<>();
        people.put("县政府另一经办人员", testAgencies.addPerson(government, "second", "县另一经办", Role.HANDLER));
        people.put("县政府保密审查员", government.secrecy());
        people.put("县政府主要领导", government.lead());
        people.put("县协调员", county.coordinator());
        people.put("下级部门经办人员", department.handler());
        people.put("其他县部门经办人员", elsewhere.handler());
        people.put(SYSTEM_ADMIN, "sysadmin");
        people.put(GOV_DRAFTER, government.handler());
        List<Target> targets = List.of(
                new Target(
                        "重新汇总：查看将更新的单元格（服务）",
                        Set.of(GOV_DRAFTER),
                        user -> succeeds(() -> reaggregation.preview(draft))),
                new Target("重新汇总：确认更新（服务）", Set.of(GOV_DRAFTER), user -> {
                    Reaggregation preview = logins.as(government.handler(), () -> reaggregation.preview(draft));
                    return succeeds(() -> reaggregation.accept(preview));
                }));
        return cellsOf(targets, people).stream();
    }

    /** One test per person × target, named by who and what. */
    private List<DynamicTest> cellsOf(List<Target> targets, Map<String, String> people) {
        List<DynamicTest> cells = new ArrayList<>();
        for (Target target : targets) {
            people.forEach((label, username) -> {
                boolean expected = target.allowed().contains(label);
                cells.add(DynamicTest.dynamicTest(
                        label + " × " + target.name() + " → " + (expected ? "允许" : "拒绝"), () -> {
                            switchUser(username);
                            assertThat(target.reachedBy().test(username)).isEqualTo(expected);
                        }));
            });
        }
        return cells;
    }

    /** Whether a single sign-on vouching for this name signs it in (the provider's side is SingleSignOnOverHttpTest). */
    private boolean acceptedBySingleSignOn(String username) {
        try {
            return ssoAccounts.accountFor(username).getUsername().equals(username);
        } catch (SsoRefusedException refused) {
            return false;
        }
    }

    private static boolean succeeds(Runnable action) {
        try {
            action.run();
            return true;
        } catch (UserFacingException | AccessDeniedException refused) {
            return false; // only a refusal counts as one: anything else fails the test
        }
    }

    private static boolean shows(String location, Class<? extends Component> view) {
        try {
            UI.getCurrent().navigate(location);
            return view.isInstance(UI.getCurrent().getCurrentView());
        } catch (MockAccessDeniedException refused) { // Karibu's report of a route its annotations deny
            return false;
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
