package cn.nianbao.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cross-year rule over the area: whose 上年结转 this year is not last year's 结转下年度, with both numbers. */
@NianbaoTest
class AreaCarryCheckTest {

    @Autowired
    AreaCarryCheck carryCheck;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Test
    void the_coordinator_sees_the_department_whose_carry_in_differs_from_last_years_carry_out() {
        TestCounty county = testAgencies.createCounty();
        TestAgency agreeing = testAgencies.createBelow(county.id());
        TestAgency differing = testAgencies.createBelow(county.id());
        TestAgency newcomer = testAgencies.createBelow(county.id());
        journey.published(agreeing, 2024, ReportJourney.texts("上年。"), ReportJourney.CONSISTENT_FIGURES);
        journey.published(differing, 2024, ReportJourney.texts("上年。"), ReportJourney.CONSISTENT_FIGURES);
        journey.start(agreeing, 2025);
        long differingReport = journey.start(differing, 2025);
        journey.save(
                differing,
                differingReport,
                ReportJourney.texts("本年。"),
                Map.of(
                        Cells.t3(T3Row.CARRY_IN, T3Column.NP), BigDecimal.valueOf(3),
                        Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(3)));
        journey.start(newcomer, 2025);

        List<CarryMismatch> found = logins.as(county.coordinator(), () -> carryCheck.of(2025));

        assertThat(found)
                .extracting(
                        CarryMismatch::agencyName,
                        CarryMismatch::reportId,
                        CarryMismatch::column,
                        CarryMismatch::carriedIn,
                        CarryMismatch::lastYearCarriedOut)
                .containsExactly(
                        tuple(differing.name(), differingReport, "自然人", 3L, 1L),
                        tuple(differing.name(), differingReport, "总计", 3L, 1L));
    }
}
