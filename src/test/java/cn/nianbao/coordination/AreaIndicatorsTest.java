package cn.nianbao.coordination;

import static cn.nianbao.workflow.ReportJourney.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.nianbao.NianbaoTest;
import cn.nianbao.agency.TestAgencies;
import cn.nianbao.agency.TestAgencies.TestAgency;
import cn.nianbao.agency.TestAgencies.TestCounty;
import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.TrailReader;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.report.format.T4Column;
import cn.nianbao.report.format.T4Group;
import cn.nianbao.security.Logins;
import cn.nianbao.workflow.ReportJourney;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@NianbaoTest
class AreaIndicatorsTest {

    @Autowired
    AreaIndicators indicators;

    @Autowired
    TestAgencies testAgencies;

    @Autowired
    ReportJourney journey;

    @Autowired
    Logins logins;

    @Autowired
    TrailReader trail;

    /** 10 received, 6 disclosed and 2 in part of 10 concluded (80 %); 4 reviews decided, 1 corrected (25 %). */
    static final Map<String, BigDecimal> OPEN_AGENCY = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(10),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(6),
            Cells.t3(T3Row.PARTIAL, T3Column.NP), BigDecimal.valueOf(2),
            Cells.t3(T3Row.DENY_1, T3Column.NP), BigDecimal.valueOf(2),
            Cells.t4(T4Group.REVIEW, T4Column.UPHELD), BigDecimal.valueOf(3),
            Cells.t4(T4Group.REVIEW, T4Column.CORRECTED), BigDecimal.valueOf(1));

    /** 10 received, 2 disclosed of 10 concluded (20 %); no review, so no correction rate. */
    static final Map<String, BigDecimal> CLOSED_AGENCY = Map.of(
            Cells.t3(T3Row.NEW, T3Column.NP), BigDecimal.valueOf(10),
            Cells.t3(T3Row.OPEN, T3Column.NP), BigDecimal.valueOf(2),
            Cells.t3(T3Row.UNABLE_1, T3Column.NP), BigDecimal.valueOf(8));

    @Test
    void each_agency_and_the_area_get_the_assessors_rates_and_the_far_ones_are_marked() {
        TestCounty county = testAgencies.createCounty();
        TestAgency open = testAgencies.createBelow(county.id());
        TestAgency closed = testAgencies.createBelow(county.id());
        TestAgency unpublished = testAgencies.createBelow(county.id());
        journey.published(open, 2025, texts("总体情况。"), OPEN_AGENCY);
        journey.published(closed, 2025, texts("总体情况。"), CLOSED_AGENCY);
        journey.drafted(unpublished, 2025, texts("总体情况。"), OPEN_AGENCY);

        AreaAssessment assessment = logins.as(county.coordinator(), () -> indicators.of(2025));

        assertThat(assessment.area().applications()).isEqualTo(20);
        assertThat(assessment.area().disclosureRate())
                .as("(6 + 2 + 2) / 20, the ratio of the sums")
                .contains(new BigDecimal("50.0"));
        assertThat(assessment.area().correctionRate()).contains(new BigDecimal("25.0"));
        assertThat(assessment.agencies())
                .as("published reports only")
                .extracting(AgencyAssessment::agencyName)
                .containsExactlyInAnyOrder(open.name(), closed.name());
        AgencyAssessment high = row(assessment, open);
        assertThat(high.figures().disclosureRate()).contains(new BigDecimal("80.0"));
        assertThat(high.farOffDisclosure())
                .as("30 points above, the default threshold is 20")
                .isTrue();
        assertThat(AgencyAssessment.mark(high.disclosureGap(), true)).isEqualTo("高于辖区 30.0 个百分点");
        assertThat(high.farOffCorrection()).as("the same as the area").isFalse();
        AgencyAssessment low = row(assessment, closed);
        assertThat(low.figures().disclosureRate()).contains(new BigDecimal("20.0"));
        assertThat(AgencyAssessment.mark(low.disclosureGap(), low.farOffDisclosure()))
                .isEqualTo("低于辖区 30.0 个百分点");
        assertThat(low.figures().correctionRate()).as("nothing to divide by").isEqualTo(Optional.empty());
        assertThat(AssessmentFigures.printed(low.figures().correctionRate())).isEqualTo("—");
        assertThat(low.farOffCorrection()).isFalse();
    }

    @Test
    void the_coordinator_sets_the_thresholds_within_bounds_and_the_change_is_audited() {
        TestCounty county = testAgencies.createCounty();
        TestAgency open = testAgencies.createBelow(county.id());
        TestAgency closed = testAgencies.createBelow(county.id());
        journey.published(open, 2025, texts("总体情况。"), OPEN_AGENCY);
        journey.published(closed, 2025, texts("总体情况。"), CLOSED_AGENCY);

        logins.as(county.coordinator(), () -> indicators.setThresholds(new MarkThresholds(35, 10)));

        AreaAssessment assessment = logins.as(county.coordinator(), () -> indicators.of(2025));
        assertThat(assessment.limits()).isEqualTo(new MarkThresholds(35, 10));
        assertThat(assessment.agencies()).noneMatch(AgencyAssessment::farOffDisclosure);
        AuditEntry changed = trail.byActor(county.coordinator()).getLast();
        assertThat(changed.actionCode()).isEqualTo("INDICATOR_THRESHOLDS_CHANGED");
        assertThat(changed.before()).isEqualTo("公开率 ±20 个百分点，纠错率 ±20 个百分点");
        assertThat(changed.after()).isEqualTo("公开率 ±35 个百分点，纠错率 ±10 个百分点");

        assertThatThrownBy(() ->
                        logins.as(county.coordinator(), () -> indicators.setThresholds(new MarkThresholds(0, 10))))
                .hasMessage("公开率阈值须为 1 到 100 个百分点之间的整数。");
        assertThatThrownBy(() ->
                        logins.as(county.coordinator(), () -> indicators.setThresholds(new MarkThresholds(35, 101))))
                .hasMessage("纠错率阈值须为 1 到 100 个百分点之间的整数。");
        assertThat(logins.as(county.coordinator(), () -> indicators.thresholds()))
                .as("a refused change changes nothing")
                .isEqualTo(new MarkThresholds(35, 10));
        assertThatThrownBy(() -> logins.as(open.lead(), () -> indicators.setThresholds(new MarkThresholds(5, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_area_without_published_reports_has_no_rows_and_no_rates() {
        TestCounty county = testAgencies.createCounty();
        testAgencies.createBelow(county.id());

        AreaAssessment assessment = logins.as(county.coordinator(), () -> indicators.of(2025));

        assertThat(assessment.isEmpty()).isTrue();
        assertThat(assessment.area().disclosureRate()).isEmpty();
    }

    private static AgencyAssessment row(AreaAssessment assessment, TestAgency agency) {
        return assessment.agencies().stream()
                .filter(a -> a.agencyId() == agency.id())
                .findFirst()
                .orElseThrow();
    }
}
