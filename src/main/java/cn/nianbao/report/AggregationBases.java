package cn.nianbao.report;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area's sums each 汇总 put into a government's draft, and the agencies they took in: what a later 重新汇总
 * subtracts from the new sums, so that it moves the draft by the area's change only and the handler's own figures
 * typed on top stay, and what it compares with to say which agencies are new. Empty for a draft created before the
 * sums were kept.
 */
@Component
@Transactional
class AggregationBases {

    /** The sums a draft holds, and the ids of the agencies whose reports they take in. */
    record Base(ReportTables sums, Set<Long> includedAgencies) {}

    private final AreaSumsRepository sums;
    private final Clock clock;

    AggregationBases(AreaSumsRepository sums, Clock clock) {
        this.sums = sums;
        this.clock = clock;
    }

    /** The sums of {@code aggregate} are the draft's from now on. */
    void record(long reportId, AreaAggregate aggregate) {
        record(
                reportId,
                new Base(
                        aggregate.tables(),
                        aggregate.published().stream()
                                .map(PublishedTables::agencyId)
                                .collect(Collectors.toSet())));
    }

    @Transactional(readOnly = true)
    Optional<Base> of(long reportId) {
        return sums.findById(reportId)
                .map(stored ->
                        new Base(SnapshotJson.read(stored.getSums()).tables(), idsOf(stored.getIncludedAgencies())));
    }

    /** A correction starts from the published edition's figures, and so from the sums under them. */
    void copy(long fromReportId, long toReportId) {
        of(fromReportId).ifPresent(base -> record(toReportId, base));
    }

    /** The totals are not kept: they follow from the input cells. */
    private void record(long reportId, Base base) {
        Map<String, BigDecimal> inputs = new HashMap<>();
        base.sums().values().forEach((cell, value) -> {
            if (!Cells.isComputed(cell)) {
                inputs.put(cell, value);
            }
        });
        String json = SnapshotJson.write(new ReportContent(Map.of(), new ReportTables(inputs)));
        String included = idsText(base.includedAgencies());
        sums.findById(reportId)
                .ifPresentOrElse(
                        stored -> stored.replace(json, included, clock.instant()),
                        () -> sums.save(new AreaSums(reportId, json, included, clock.instant())));
    }

    private static String idsText(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> idsOf(String text) {
        return text == null || text.isBlank()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
