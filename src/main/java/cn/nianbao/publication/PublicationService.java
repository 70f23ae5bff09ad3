package cn.nianbao.publication;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.ReportHistory;
import cn.nianbao.report.ReportReads;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import cn.nianbao.workflow.PublicationDue;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes signed-off reports and reads what is public. Anyone may read; only the workflow publishes. */
@Service
@Transactional
public class PublicationService {

    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "系统自动发布";

    private final PublicationRepository publications;
    private final ReportReads reports;
    private final ReportHistory history;
    private final AgencyDirectory agencies;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PublicationService(
            PublicationRepository publications,
            ReportReads reports,
            ReportHistory history,
            AgencyDirectory agencies,
            Clock clock,
            ApplicationEventPublisher events) {
        this.publications = publications;
        this.reports = reports;
        this.history = history;
        this.agencies = agencies;
        this.clock = clock;
        this.events = events;
    }

    /** The chain's 发布 step, in its job: a refusal throws, so that the job is retried and nothing is public. */
    @EventListener
    void publishWhenDue(PublicationDue due) {
        publish(due.reportId());
    }

    /**
     * Makes the report public (the chain then marks it 已发布). Publishing one that is already public changes nothing
     * and returns false. A report that breaks a cross-check rule is refused even here: nothing reaches the public by
     * accident.
     */
    public boolean publish(long reportId) {
        if (publications.existsByReportId(reportId)) {
            return false;
        }
        if (!reports.errors(reportId).isEmpty()) {
            throw new IllegalStateException("report " + reportId + " breaks cross-check rules; not published");
        }
        ReportView report = reports.read(reportId);
        publications.save(new Publication(reportId, report.agencyId(), report.year(), clock.instant()));
        history.record(reportId, ReportStage.PUBLISHED, HistoryAction.PUBLISHED, SYSTEM, SYSTEM_NAME, null);
        events.publishEvent(new ReportPublished(reportId));
        return true;
    }

    /** The portal's list: one entry per agency and year, its current (latest published) edition. */
    @Transactional(readOnly = true)
    public List<PublishedReport> list() {
        Set<String> seen = new HashSet<>();
        List<Publication> all = publications.findAllByOrderByReportYearDescPublishedAtDescIdDesc().stream()
                .filter(p -> seen.add(p.getAgencyId() + "/" + p.getReportYear()))
                .toList();
        Map<Long, String> names = agencies.namesOf(
                all.stream().map(Publication::getAgencyId).distinct().toList());
        return all.stream().map(p -> toEntry(p, names.get(p.getAgencyId()))).toList();
    }

    /**
     * One agency's reports across the years, newest first, each with its tables: the current editions published here
     * and, for the years without one, the reports of earlier years its handler imported (published elsewhere before
     * Nianbao). Empty when the agency has neither.
     */
    @Transactional(readOnly = true)
    public Optional<AgencyYears> acrossYears(long agencyId) {
        List<PublishedReport> published =
                list().stream().filter(r -> r.agencyId() == agencyId).toList();
        Map<Integer, PublishedFigures> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PublishedReport entry : published) {
            byYear.put(
                    entry.year(),
                    PublishedFigures.published(
                            entry,
                            reports.read(entry.reportId()).content().tables().withComputedTotals()));
        }
        List<ReportView> imported = reports.imported(agencyId);
        for (ReportView report : imported) {
            byYear.putIfAbsent(
                    report.year(),
                    PublishedFigures.imported(
                            report.year(), report.content().tables().withComputedTotals()));
        }
        if (byYear.isEmpty()) {
            return Optional.empty();
        }
        String name = published.isEmpty()
                ? PlainText.printable(imported.getFirst().agencyName())
                : published.getFirst().agencyName();
        return Optional.of(new AgencyYears(name, List.copyOf(byYear.values())));
    }

    /** The latest publications, corrections included, newest first: what a feed announces. */
    @Transactional(readOnly = true)
    public List<PublishedReport> latest(int limit) {
        List<Publication> newest = publications.findAllByOrderByPublishedAtDescIdDesc(Limit.of(limit));
        Map<Long, String> names = agencies.namesOf(
                newest.stream().map(Publication::getAgencyId).distinct().toList());
        return newest.stream().map(p -> toEntry(p, names.get(p.getAgencyId()))).toList();
    }

    /** {@link #latest}, each with its edition number and, for a correction, the edition it supersedes. */
    @Transactional(readOnly = true)
    List<FeedEntry> feed(int limit) {
        List<PublishedReport> newest = latest(limit);
        // one query for the editions of every agency and year in the feed, not one per entry
        Map<String, List<Publication>> editions = publications
                .findByAgencyIdInAndReportYearIn(
                        newest.stream()
                                .map(PublishedReport::agencyId)
                                .distinct()
                                .toList(),
                        newest.stream().map(PublishedReport::year).distinct().toList())
                .stream()
                .sorted(Comparator.comparing(Publication::getPublishedAt).thenComparing(Publication::getId))
                .collect(Collectors.groupingBy(p -> p.getAgencyId() + "/" + p.getReportYear()));
        return newest.stream()
                .map(entry -> {
                    List<Long> ids = editions.get(entry.agencyId() + "/" + entry.year()).stream()
                            .map(Publication::getId)
                            .toList();
                    int index = ids.indexOf(entry.publicationId());
                    return new FeedEntry(entry, index + 1, index > 0 ? ids.get(index - 1) : null);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<PublishedReport> find(long publicationId) {
        return publications.findById(publicationId).map(p -> toEntry(p, agencies.nameOf(p.getAgencyId())));
    }

    /** Every published edition of the same agency's report on the same year, the first one first. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> versions(long publicationId) {
        return versions(publications.findById(publicationId).orElseThrow());
    }

    /**
     * What the portal shows of a publication, read in one transaction (so the report and its agency are read once):
     * the entry, its content, which edition it is and every published edition of that year.
     */
    @Transactional(readOnly = true)
    public Optional<PortalPage> page(long publicationId) {
        return publications
                .findById(publicationId)
                .map(p -> new PortalPage(
                        toEntry(p, agencies.nameOf(p.getAgencyId())),
                        versions(p),
                        reports.read(p.getReportId()),
                        reports.edition(p.getReportId())));
    }

    private List<PublishedVersion> versions(Publication shown) {
        List<Publication> all = publications.findByAgencyIdAndReportYearOrderByPublishedAtAscIdAsc(
                shown.getAgencyId(), shown.getReportYear());
        return IntStream.range(0, all.size())
                .mapToObj(i -> new PublishedVersion(
                        all.get(i).getId(), i + 1, all.get(i).getPublishedAt(), i == all.size() - 1))
                .toList();
    }

    /** The content of a published report; empty for anything that is not public. */
    @Transactional(readOnly = true)
    public Optional<ReportView> content(long publicationId) {
        return publications.findById(publicationId).map(p -> reports.read(p.getReportId()));
    }

    /** The agency's name as the portal, the feed and the downloads may show it, whatever was stored. */
    private static PublishedReport toEntry(Publication p, String storedName) {
        String agencyName = PlainText.printable(storedName);
        return new PublishedReport(
                p.getId(),
                p.getReportId(),
                agencyName,
                p.getReportYear(),
                ReportView.title(agencyName, p.getReportYear()),
                p.getPublishedAt(),
                p.getAgencyId());
    }
}
