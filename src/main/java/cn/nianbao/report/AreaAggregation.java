package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.report.format.AreaSum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 汇总: a government's new report starts from the sums of its area's published reports. The area is every agency
 * below the government, except those below a lower government, whose own report already holds them. A report counts
 * in its current edition only: published, under correction (still the public one) or imported; never a superseded
 * edition, never a draft.
 */
@Component
class AreaAggregation {

    /** The stages a query asks for: those {@link ReportStage#isPublic()} answers yes to. */
    static final Set<ReportStage> CURRENT_PUBLIC = Arrays.stream(ReportStage.values())
            .filter(ReportStage::isPublic)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportStage.class)));

    private final ReportRepository reports;
    private final AgencyDirectory agencies;

    AreaAggregation(ReportRepository reports, AgencyDirectory agencies) {
        this.reports = reports;
        this.agencies = agencies;
    }

    /** Empty for a department, or for a government with no agency below it. */
    Optional<AreaAggregate> of(long agencyId, int year) {
        if (agencies.kindOf(agencyId) != AgencyKind.GOVERNMENT) {
            return Optional.empty();
        }
        List<AgencySummary> area = agencies.summedAreaOf(agencyId);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Report> published = new HashMap<>();
        for (Report report : reports.findByAgencyIdInAndReportYearAndStageIn(
                area.stream().map(AgencySummary::id).toList(), year, CURRENT_PUBLIC)) {
            published.merge(report.getAgencyId(), report, (a, b) -> a.getEdition() >= b.getEdition() ? a : b);
        }
        List<PublishedTables> included = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (AgencySummary agency : area) {
            Report report = published.get(agency.id());
            if (report == null) {
                missing.add(agency.name());
            } else {
                included.add(new PublishedTables(
                        agency.id(), agency.name(), report.content().tables().withComputedTotals()));
            }
        }
        return Optional.of(new AreaAggregate(
                AreaSum.of(published.values().stream()
                        .map(r -> r.content().tables())
                        .toList()),
                included,
                missing));
    }
}
