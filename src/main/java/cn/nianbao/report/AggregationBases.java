package cn.nianbao.report;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area's sums each 汇总 put into a government's draft: what a later 重新汇总 subtracts from the new sums, so that
 * it moves the draft by the area's change only and the handler's own figures typed on top stay. Empty for a draft
 * created before the sums were kept.
 */
@Component
@Transactional
class AggregationBases {

    private final AreaSumsRepository sums;
    private final Clock clock;

    AggregationBases(AreaSumsRepository sums, Clock clock) {
        this.sums = sums;
        this.clock = clock;
    }

    /** The sums the draft holds from now on (the totals are not kept: they follow from the input cells). */
    void record(long reportId, ReportTables areaSums) {
        Map<String, BigDecimal> inputs = new HashMap<>();
        areaSums.values().forEach((cell, value) -> {
            if (!Cells.isComputed(cell)) {
                inputs.put(cell, value);
            }
        });
        String json = SnapshotJson.write(new ReportContent(Map.of(), new ReportTables(inputs)));
        sums.findById(reportId)
                .ifPresentOrElse(
                        stored -> stored.replace(json, clock.instant()),
                        () -> sums.save(new AreaSums(reportId, json, clock.instant())));
    }

    @Transactional(readOnly = true)
    Optional<ReportTables> of(long reportId) {
        return sums.findById(reportId)
                .map(stored -> SnapshotJson.read(stored.getSums()).tables());
    }

    /** A correction starts from the published edition's figures, and so from the sums under them. */
    void copy(long fromReportId, long toReportId) {
        of(fromReportId).ifPresent(tables -> record(toReportId, tables));
    }
}
