package cn.nianbao.coordination;

import static cn.nianbao.workflow.ReportJourney.CONSISTENT_FIGURES;
import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@NianbaoTest
class AreaFiguresTest {

    @Autowired
    AreaFigures figures;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Test
    void the_charts_add_up_the_published_reports_of_the_area_by_applicant_and_by_year() {
        TestCounty county = testAgencies.createCounty();
        TestAgency first = testAgencies.createBelow(county.id());
        TestAgency second = testAgencies.createBelow(county.id());
        TestAgency unpublished = testAgencies.createBelow(county.id());
        journey.published(first, 2024, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.published(first, 2025, texts("总体情况。"), CONSISTENT_FIGURES);
        journey.published(
                second,
                2025,
                texts("总体情况。"),
                Map.of(
                        Cells.t3(T3Row.NEW, T3Column.LE_BUSINESS), BigDecimal.valueOf(3),
                        Cells.t3(T3Row.OPEN, T3Column.LE_BUSINESS), BigDecimal.valueOf(3)));
        journey.drafted(unpublished, 2025, texts("总体情况。"), CONSISTENT_FIGURES);

        Map<String, Long> byApplicant = logins.as(county.coordinator(), () -> figures.receivedByApplicant(2025));
        Map<String, Long> byYear = logins.as(county.coordinator(), () -> figures.receivedByYear(2025));

        assertThat(byApplicant)
                .containsEntry("自然人", 5L)
                .containsEntry("商业企业", 3L)
                .containsEntry("科研机构", 0L)
                .hasSize(6);
        assertThat(byYear)
                .containsExactly(
                        Map.entry("2021年度", 0L),
                        Map.entry("2022年度", 0L),
                        Map.entry("2023年度", 0L),
                        Map.entry("2024年度", 5L),
                        Map.entry("2025年度", 8L));
    }

    @Test
    void only_a_coordinator_sees_the_area_figures() {
        TestAgency department =
                testAgencies.createBelow(testAgencies.createCounty().id());

        assertThatThrownBy(() -> logins.as(department.lead(), () -> figures.receivedByYear(2025)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
