package cn.nianbao.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T2Cell;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 汇总: a county government's new report starts from the sums of its departments' published reports. */
@NianbaoTest
class AreaAggregationTest {

    static final Map<String, BigDecimal> FIRST = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP),
            BigDecimal.valueOf(5),
            Cells.t3(T3Row.OPEN, T3Column.NP),
            BigDecimal.valueOf(4),
            Cells.t3(T3Row.CARRY_OUT, T3Column.NP),
            BigDecimal.ONE,
            T2Cell.NORMATIVE_ISSUED.id(),
            BigDecimal.valueOf(2),
            T2Cell.FEES_AMOUNT.id(),
            new BigDecimal("1.5"),
            Cells.t4(T4Group.REVIEW, T4Column.UPHELD),
            BigDecimal.ONE);
    static final Map<String, BigDecimal> SECOND = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(3),
            Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS), BigDecimal.valueOf(2),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(3),
            Cells.t3(T3Row.OPEN, T3Column.LE_BUSINESS), BigDecimal.valueOf(2),
            T2Cell.NORMATIVE_ISSUED.id(), BigDecimal.ONE,
            T2Cell.FEES_AMOUNT.id(), new BigDecimal("0.25"),
            Cells.t4(T4Group.REVIEW, T4Column.UPHELD), BigDecimal.valueOf(2));

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    ReportService reports;

    @Autowired
    Logins logins;

    @Test
    void the_government_draft_holds_the_sums_of_the_published_departments_and_names_the_missing_one() {
        TestCounty county = testAgencies.createCounty();
        TestAgency government = testAgencies.staffOf(county);
        TestAgency first = testAgencies.createBelow(county.id());
        TestAgency second = testAgencies.createBelow(county.id());
        TestAgency late = testAgencies.createBelow(county.id());
        journey.published(first, 2025, ReportJourney.texts("第一个部门。"), FIRST);
        journey.published(second, 2025, ReportJourney.texts("第二个部门。"), SECOND);
        journey.save(
                late,
                journey.start(late, 2025),
                ReportJourney.texts("尚未发布。"),
                Map.of(Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(100)));

        long draft = journey.start(government, 2025);

        ReportTables tables = logins.as(government.handler(), () -> reports.view(draft))
                .content()
                .tables();
        assertThat(tables.t3(T3Row.NEW, T3Column.NP)).isEqualTo(8);
        assertThat(tables.t3(T3Row.NEW, T3Column.LE_BUSINESS)).isEqualTo(2);
        assertThat(tables.t3(T3Row.NEW, T3Column.TOTAL))
                .as("totals computed from the sums")
                .isEqualTo(10);
        assertThat(tables.t3(T3Row.RESULT_TOTAL, T3Column.TOTAL)).isEqualTo(9);
        assertThat(tables.t3(T3Row.CARRY_OUT, T3Column.NP)).isEqualTo(1);
        assertThat(tables.count(T2Cell.NORMATIVE_ISSUED.id())).isEqualTo(3);
        assertThat(tables.value(T2Cell.FEES_AMOUNT.id())).isEqualByComparingTo("1.75");
        assertThat(tables.t4(T4Group.REVIEW, T4Column.UPHELD)).isEqualTo(3);
        assertThat(tables.t4(T4Group.REVIEW, T4Column.TOTAL)).isEqualTo(3);
        assertThat(logins.as(government.handler(), () -> reports.aggregationScope(draft)))
                .hasValueSatisfying(scope -> assertThat(scope)
                        .contains("已纳入 2 个机关")
                        .contains(first.name())
                        .contains(second.name())
                        .contains("未发布 1 个：" + late.name() + "。表二至表四已预填"));
        assertThat(logins.as(government.handler(), () -> reports.history(draft)))
                .extracting(ReportHistoryItem::action)
                .containsExactly(HistoryAction.CREATED, HistoryAction.AGGREGATED);
    }

    @Test
    void a_township_counts_with_its_own_report_and_its_departments_are_not_counted_twice() {
        TestCounty county = testAgencies.createCounty();
        TestAgency government = testAgencies.staffOf(county);
        TestAgency township = testAgencies.createGovernmentBelow(county.id());
        TestAgency belowTownship = testAgencies.createBelow(township.id());
        journey.published(belowTownship, 2025, ReportJourney.texts("乡镇部门。"), SECOND);
        journey.published(township, 2025, ReportJourney.texts("乡镇汇总。"), FIRST);

        long draft = journey.start(government, 2025);

        ReportTables tables = logins.as(government.handler(), () -> reports.view(draft))
                .content()
                .tables();
        assertThat(tables.t3(T3Row.NEW, T3Column.NP)).isEqualTo(5);
        assertThat(logins.as(government.handler(), () -> reports.aggregationScope(draft)))
                .hasValueSatisfying(scope -> assertThat(scope)
                        .contains("已纳入 1 个机关（" + township.name() + "）")
                        .doesNotContain(belowTownship.name()));
    }

    @Test
    void a_department_report_is_not_aggregated_and_carries_over_as_before() {
        TestCounty county = testAgencies.createCounty();
        TestAgency department = testAgencies.createBelow(county.id());
        journey.published(department, 2024, ReportJourney.texts("上年。"), FIRST);

        long draft = journey.start(department, 2025);

        ReportTables tables = logins.as(department.handler(), () -> reports.view(draft))
                .content()
                .tables();
        assertThat(tables.t3(T3Row.CARRY_IN, T3Column.NP)).isEqualTo(1);
        assertThat(tables.t3(T3Row.NEW, T3Column.NP)).isZero();
        assertThat(logins.as(department.handler(), () -> reports.aggregationScope(draft)))
                .as("no sums of an area: the draft says where its carry-over came from instead")
                .hasValueSatisfying(note -> assertThat(note)
                        .startsWith("上年结转自 2024 年报（已发布版本：第 1 版）")
                        .doesNotContain("汇总范围"));
    }
}
