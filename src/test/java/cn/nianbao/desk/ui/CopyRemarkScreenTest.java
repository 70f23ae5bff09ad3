package cn.nianbao.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.UiTest;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.notification.NotificationItem;
import cn.nianbao.notification.NotificationKind;
import cn.nianbao.notification.NotificationService;
import cn.nianbao.report.CopiedReport;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.support.Deliveries;
import cn.nianbao.workflow.ReportJourney;
import cn.nianbao.workflow.ReportWorkflow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 抄送's 附言: typed on the task screen, read by the recipient in 抄送我的, in the message and in the history. */
class CopyRemarkScreenTest extends UiTest {

    private static final String REMARK = "请关注第三部分的数字\u0001。";
    private static final String STORED = "请关注第三部分的数字。";

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportWorkflow workflow;

    @Autowired
    ReportService reports;

    @Autowired
    ReportHistory history;

    @Autowired
    NotificationService notifications;

    @Autowired
    Deliveries deliveries;

    private TestAgency agency;
    private long reportId;

    @BeforeEach
    void submittedReport() {
        agency = testAgencies.create();
        reportId = journey.submittedWith(agency, 2025, "本局收到申请5件。", 5);
    }

    @Test
    void the_remark_typed_when_copying_reaches_copied_to_me_the_message_and_the_history() {
        login(agency.secrecy());
        UI.getCurrent()
                .navigate(
                        TaskView.class,
                        TaskView.parameters(
                                journey.taskOf(agency.secrecy(), reportId).taskId()));
        type(_get(TextField.class, spec -> spec.withId("handover-remark")), REMARK);
        @SuppressWarnings("unchecked")
        Select<Person> copyTo = _get(Select.class, spec -> spec.withId("copy-to"));
        type(
                copyTo,
                copyTo.getListDataView()
                        .getItems()
                        .filter(p -> p.username().equals(agency.lead()))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("copy")));
        assertThat(notifications()).contains("已抄送。");

        switchUser(agency.lead());
        UI.getCurrent().navigate(CopiedToMeView.class);
        @SuppressWarnings("unchecked")
        Grid<CopiedReport> copied = _get(Grid.class, spec -> spec.withId("copied"));
        assertThat(GridKt._getFormatted(copied, 0, "remark")).isEqualTo(STORED);
        deliveries.awaitAll();
        assertThat(notifications.mine())
                .filteredOn(n -> n.kind() == NotificationKind.COPIED)
                .extracting(NotificationItem::text)
                .singleElement()
                .asString()
                .contains("抄送给您")
                .endsWith("附言：" + STORED);
        assertThat(history.of(reportId))
                .filteredOn(h -> h.action() == HistoryAction.COPIED)
                .extracting(ReportHistoryItem::opinion)
                .containsExactly(STORED);
    }

    @Test
    void a_remark_over_500_characters_is_refused_by_the_server_and_nothing_is_copied() {
        String taskId = journey.taskOf(agency.secrecy(), reportId).taskId();
        logins.login(agency.secrecy());

        assertThatThrownBy(() -> workflow.copy(taskId, agency.lead(), "字".repeat(501)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("附言不能超过 500 字。");

        assertThat(history.of(reportId)).noneMatch(h -> h.action() == HistoryAction.COPIED);
        logins.login(agency.lead());
        assertThat(reports.copiedToMe()).isEmpty();
    }
}
