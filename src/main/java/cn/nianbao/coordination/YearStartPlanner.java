package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.coordination.YearStartPlan.Planned;
import cn.nianbao.report.ReportEditions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which reports a year start of an area creates: each agency below that is not a government and has no report on
 * the year yet, its draft going to its first handler (by user name). The same plan is shown for confirmation and
 * then carried out, so the coordinator is asked about exactly what happens.
 */
@Component
class YearStartPlanner {

    private final AgencyDirectory agencies;
    private final ReportEditions reports;

    YearStartPlanner(AgencyDirectory agencies, ReportEditions reports) {
        this.agencies = agencies;
        this.reports = reports;
    }

    void checkYear(int year) {
        reports.checkYear(year);
    }

    List<Long> topAgencies() {
        return agencies.topAgencies();
    }

    YearStartPlan plan(long areaId, int year) {
        List<AgencySummary> area = agencies.summariesOf(agencies.subtreeOf(areaId)).stream()
                .filter(a -> a.kind() != AgencyKind.GOVERNMENT)
                .filter(a -> a.reportsOn(year))
                .sorted(Comparator.comparing(AgencySummary::name))
                .toList();
        List<Planned> toCreate = new ArrayList<>();
        List<String> withoutHandler = new ArrayList<>();
        int already = 0;
        for (AgencySummary agency : area) {
            if (reports.exists(agency.id(), year)) {
                already++;
                continue;
            }
            Optional<Person> handler = agencies.people(agency.id()).stream()
                    .filter(p -> p.roles().contains(Role.HANDLER))
                    .findFirst();
            handler.ifPresentOrElse(
                    h -> toCreate.add(new Planned(agency.id(), agency.name(), h)),
                    () -> withoutHandler.add(agency.name()));
        }
        return new YearStartPlan(year, List.copyOf(toCreate), already, List.copyOf(withoutHandler));
    }
}
