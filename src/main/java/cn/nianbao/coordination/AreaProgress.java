package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.agency.Role;
import cn.nianbao.deadline.AgencyYear;
import cn.nianbao.deadline.Deadline;
import cn.nianbao.deadline.Deadlines;
import cn.nianbao.deadline.PublicationTiming;
import cn.nianbao.deadline.ReportingCycle;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStatus;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.OpenStep;
import cn.nianbao.workflow.OpenSteps;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 辖区进度: for a coordinator, every agency at and below theirs with the stage of its report on a year and the days
 * to its due date (an agency's internal date where one is set, else the legal one: 31 January for a department,
 * 31 March for a government) and, once published, whether it was on time by law. The most urgent first: unpublished
 * before published, then by days left, then the least advanced. An agency set up after the year owes no report on it
 * and is not listed (nor counted late, nor urged). Who holds each open step, and since when, comes from the chain.
 */
@Service
@Transactional(readOnly = true)
public class AreaProgress {

    private final AgencyDirectory agencies;
    private final ReportReads reports;
    private final ReportHistory history;
    private final CurrentActor currentActor;
    private final Deadlines deadlines;
    private final ReportingCycle cycle;
    private final OpenSteps openSteps;

    AreaProgress(
            AgencyDirectory agencies,
            ReportReads reports,
            ReportHistory history,
            CurrentActor currentActor,
            Deadlines deadlines,
            ReportingCycle cycle,
            OpenSteps openSteps) {
        this.openSteps = openSteps;
        this.agencies = agencies;
        this.reports = reports;
        this.history = history;
        this.currentActor = currentActor;
        this.deadlines = deadlines;
        this.cycle = cycle;
    }

    /**
     * The year 辖区进度 and the year start propose to this coordinator: the reporting cycle of their own agency (for a
     * county government's office, the year whose reports it chases until its own is due on 31 March).
     */
    public int currentCycle() {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以查看辖区进度。");
        return cycle.currentFor(actor.agencyId());
    }

    public List<AgencyProgress> of(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以查看辖区进度。");
        Set<Long> area = agencies.subtreeOf(actor.agencyId());
        Map<Long, ReportStatus> statuses = reports.statusOf(area, year);
        Map<AgencyYear, Deadline> due =
                deadlines.of(area.stream().map(id -> new AgencyYear(id, year)).toList());
        Map<AgencyYear, LocalDate> publishedOn = history.firstPublished(area, year).entrySet().stream()
                .collect(Collectors.toMap(e -> new AgencyYear(e.getKey(), year), Map.Entry::getValue));
        Map<AgencyYear, PublicationTiming> timings = deadlines.publicationTimings(publishedOn);
        Map<Long, List<LocalDate>> corrections = history.correctionsPublished(area, year);
        Map<Long, OpenStep> open = openSteps.ofReports(
                statuses.values().stream().map(ReportStatus::reportId).collect(Collectors.toSet()));
        return agencies.summariesOf(area).stream()
                .filter(agency -> agency.reportsOn(year))
                .map(agency -> progress(
                        agency,
                        Optional.ofNullable(statuses.get(agency.id())),
                        due.get(new AgencyYear(agency.id(), year)),
                        Optional.ofNullable(timings.get(new AgencyYear(agency.id(), year))),
                        open,
                        corrections.getOrDefault(agency.id(), List.of())))
                .sorted(Comparator.comparing(AgencyProgress::published)
                        .thenComparing(AgencyProgress::daysLeft)
                        .thenComparing(p -> p.stage().map(Enum::ordinal).orElse(-1))
                        .thenComparing(AgencyProgress::agencyName))
                .toList();
    }

    private static AgencyProgress progress(
            AgencySummary agency,
            Optional<ReportStatus> status,
            Deadline due,
            Optional<PublicationTiming> timing,
            Map<Long, OpenStep> open,
            List<LocalDate> corrections) {
        return new AgencyProgress(
                agency.id(),
                agency.name(),
                agency.kind(),
                status.map(ReportStatus::stage),
                status.map(ReportStatus::reportId).orElse(null),
                due,
                timing,
                status.map(s -> open.get(s.reportId())),
                corrections);
    }
}
