package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's desk lists, a page at a time: 已办 (what they did), 我发起的 (the reports they drafted or
 * corrected) and 办结 (the published editions of the agencies they may read). Always the caller's own: there is no
 * way to ask for another person's, and only reports of agencies they may read today are listed ({@link ReportAccess}).
 */
@Service
@Transactional(readOnly = true)
public class PersonalLists {

    /** Where a report has been published: 办结, whether or not a correction followed. */
    static final Set<ReportStage> FINISHED =
            EnumSet.of(ReportStage.PUBLISHED, ReportStage.CORRECTING, ReportStage.SUPERSEDED);

    /** Reports made in this system; an imported earlier year was read in, not drafted. */
    private static final Set<ReportStage> MADE_HERE = EnumSet.complementOf(EnumSet.of(ReportStage.IMPORTED));

    private final PersonalListRepository lists;
    private final ReportAccess access;
    private final CurrentActor currentActor;
    private final AgencyDirectory agencies;

    PersonalLists(
            PersonalListRepository lists, ReportAccess access, CurrentActor currentActor, AgencyDirectory agencies) {
        this.lists = lists;
        this.access = access;
        this.currentActor = currentActor;
        this.agencies = agencies;
    }

    /** 已办: newest first. */
    public List<ActedStep> acted(ListFilter filter, int page, int size) {
        Actor actor = currentActor.require();
        Set<Long> agencyIds = access.readableAgencies(actor);
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        List<PersonalListRepository.ActedRow> rows = lists.acted(
                actor.username(),
                HistoryAction.PERSONAL_ACTS,
                agencyIds,
                filter.year(),
                filter.stage(),
                PageRequest.of(page, size));
        Map<Long, String> names = agencies.namesOf(
                rows.stream().map(PersonalListRepository.ActedRow::agencyId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new ActedStep(
                        r.historyId(),
                        r.reportId(),
                        names.get(r.agencyId()),
                        r.year(),
                        r.edition(),
                        r.step(),
                        r.action(),
                        r.opinion(),
                        r.detail(),
                        r.occurredAt(),
                        r.currentStage()))
                .toList();
    }

    /**
     * The entries of 已办 that stand for a delegation still out, given the reports whose task the person delegated and
     * has not got back (the workflow knows which): on each, their newest 委派. Earlier ones came back already.
     */
    public Set<Long> delegationsStillOut(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Set.of();
        }
        return lists.newestOf(currentActor.require().username(), HistoryAction.DELEGATED, reportIds).stream()
                .map(row -> (Long) row[1])
                .collect(Collectors.toSet());
    }

    /** 我发起的: the newest year first. */
    public List<ReportSummary> started(ListFilter filter, int page, int size) {
        Actor actor = currentActor.require();
        return reports(actor, actor.username(), MADE_HERE, filter, page, size);
    }

    /** 办结: the newest year first. */
    public List<ReportSummary> finished(ListFilter filter, int page, int size) {
        return reports(currentActor.require(), null, FINISHED, filter, page, size);
    }

    private List<ReportSummary> reports(
            Actor actor, String createdBy, Set<ReportStage> stages, ListFilter filter, int page, int size) {
        Set<Long> agencyIds = access.readableAgencies(actor);
        Set<ReportStage> wanted = filter.stage() == null
                ? stages
                : stages.stream().filter(filter.stage()::equals).collect(Collectors.toSet());
        if (agencyIds.isEmpty() || wanted.isEmpty()) {
            return List.of();
        }
        List<Report> found = lists.reports(agencyIds, createdBy, wanted, filter.year(), PageRequest.of(page, size));
        Map<Long, String> names =
                agencies.namesOf(found.stream().map(Report::getAgencyId).collect(Collectors.toSet()));
        return found.stream()
                .map(r -> ReportSummary.of(r, names.get(r.getAgencyId())))
                .toList();
    }
}
