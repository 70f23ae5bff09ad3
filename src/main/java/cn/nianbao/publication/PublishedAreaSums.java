package cn.nianbao.publication;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.format.AreaSum;
import cn.nianbao.report.format.ReportTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area's sums as the public may see them: tables 2–4 of the current published editions of the agencies below a
 * government, added cell by cell (the same area as a government's 汇总: agencies below a lower government are left to
 * that government's report), and which agencies were included and which had not published that year.
 */
@Component
class PublishedAreaSums {

    record Area(String agencyName, List<String> included, List<String> missing, ReportTables tables) {}

    private final PublicationService publications;
    private final AgencyDirectory agencies;

    PublishedAreaSums(PublicationService publications, AgencyDirectory agencies) {
        this.publications = publications;
        this.agencies = agencies;
    }

    /** Empty for an agency that is not a government, or a government with no agency below it. */
    @Transactional(readOnly = true)
    Optional<Area> of(long governmentId, int year) {
        List<AgencySummary> self = agencies.summariesOf(List.of(governmentId));
        if (self.isEmpty() || self.getFirst().kind() != AgencyKind.GOVERNMENT) {
            return Optional.empty();
        }
        List<AgencySummary> area = agencies.summedAreaOf(governmentId);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, PublishedReport> published = publications.list().stream()
                .filter(r -> r.year() == year)
                .collect(Collectors.toMap(PublishedReport::agencyId, Function.identity(), (a, b) -> a));
        List<String> included = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<ReportTables> tables = new ArrayList<>();
        for (AgencySummary agency : area) {
            PublishedReport entry = published.get(agency.id());
            if (entry == null) {
                missing.add(PlainText.printable(agency.name()));
            } else {
                included.add(entry.agencyName());
                tables.add(publications
                        .content(entry.publicationId())
                        .orElseThrow()
                        .content()
                        .tables());
            }
        }
        return Optional.of(
                new Area(PlainText.printable(agencies.nameOf(governmentId)), included, missing, AreaSum.of(tables)));
    }
}
