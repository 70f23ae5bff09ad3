package cn.nianbao.coordination;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.report.AreaAggregate;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 考核指标 for a coordinator: the assessors' figures ({@link AssessmentFigures}) of every published report of the
 * area on a year and of the area as a whole, agencies far from the area's rates marked by thresholds the
 * coordinator sets (audited). The area is the one the government's own report sums (the agencies below it, not
 * those below a lower government).
 */
@Service
@Transactional(readOnly = true)
public class AreaIndicators {

    static final AuditAction THRESHOLDS_CHANGED = new AuditAction("INDICATOR_THRESHOLDS_CHANGED", "考核指标阈值变更");
    private static final String REFUSAL = "只有主管部门协调员可以查看和设置考核指标。";

    private final ReportEditions reports;
    private final IndicatorThresholdRepository thresholds;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    AreaIndicators(
            ReportEditions reports,
            IndicatorThresholdRepository thresholds,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.reports = reports;
        this.thresholds = thresholds;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    public AreaAssessment of(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, REFUSAL);
        MarkThresholds limits = limitsOf(actor.agencyId());
        return reports.areaAggregate(actor.agencyId(), year)
                .map(area -> assess(year, area, limits))
                .orElseGet(
                        () -> new AreaAssessment(year, AssessmentFigures.of(ReportTables.empty()), List.of(), limits));
    }

    public MarkThresholds thresholds() {
        return limitsOf(currentActor.require(Role.COORDINATOR, REFUSAL).agencyId());
    }

    /** Sets the area's thresholds, 1 to 100 percentage points each; setting what is already set does nothing. */
    @Transactional
    public void setThresholds(MarkThresholds wanted) {
        Actor actor = currentActor.require(Role.COORDINATOR, REFUSAL);
        refuseOutOfRange(wanted.disclosurePoints(), "公开率");
        refuseOutOfRange(wanted.correctionPoints(), "纠错率");
        MarkThresholds before = limitsOf(actor.agencyId());
        if (before.equals(wanted)) {
            return;
        }
        IndicatorThreshold row =
                thresholds.findById(actor.agencyId()).orElseGet(() -> new IndicatorThreshold(actor.agencyId()));
        row.set(wanted, actor.username(), clock.instant());
        thresholds.save(row);
        audit.record(THRESHOLDS_CHANGED, "考核指标阈值", before.describe(), wanted.describe());
    }

    private static AreaAssessment assess(int year, AreaAggregate area, MarkThresholds limits) {
        AssessmentFigures whole = AssessmentFigures.of(area.tables());
        return new AreaAssessment(
                year,
                whole,
                area.published().stream()
                        .map(p -> AgencyAssessment.of(
                                p.agencyId(), p.agencyName(), AssessmentFigures.of(p.tables()), whole, limits))
                        .toList(),
                limits);
    }

    private MarkThresholds limitsOf(long areaAgencyId) {
        return thresholds
                .findById(areaAgencyId)
                .map(IndicatorThreshold::thresholds)
                .orElse(MarkThresholds.DEFAULT);
    }

    private static void refuseOutOfRange(int points, String rate) {
        if (points < MarkThresholds.MIN || points > MarkThresholds.MAX) {
            throw new ThresholdRefusedException(
                    rate + "阈值须为 " + MarkThresholds.MIN + " 到 " + MarkThresholds.MAX + " 个百分点之间的整数。");
        }
    }

    static class ThresholdRefusedException extends UserFacingException {
        ThresholdRefusedException(String message) {
            super(message);
        }
    }
}
