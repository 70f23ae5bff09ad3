package cn.nianbao.report;

import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A handler's draft saved: who may, at which stage, against which version, inside which parts, within what sizes. */
@Component
@Transactional
class DraftSaving {

    private final VisibleReports visible;
    private final ReportRepository reports;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectProvider<DraftPartOwners> partOwners;

    DraftSaving(
            VisibleReports visible,
            ReportRepository reports,
            CurrentActor currentActor,
            Clock clock,
            AuditTrail audit,
            ObjectProvider<DraftPartOwners> partOwners) {
        this.visible = visible;
        this.reports = reports;
        this.currentActor = currentActor;
        this.clock = clock;
        this.audit = audit;
        this.partOwners = partOwners;
    }

    /** Returns what normalising the typed text changed, for the person to read. */
    Optional<String> save(long reportId, long expectedVersion, ReportContent typed) {
        Actor actor = currentActor.require();
        Report report = visible.require(reportId);
        if (!actor.has(Role.HANDLER) || actor.agencyId() != report.getAgencyId()) {
            throw new ReportInputException("只有本机关的经办人员可以编辑报告。");
        }
        if (report.getStage() != ReportStage.DRAFTING) {
            throw new ReportInputException("报告已提交（当前环节：" + report.getStage().label() + "），不能再编辑。");
        }
        if (report.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        TypedContent cleaned = TypedContent.of(typed);
        ReportContent content = cleaned.content();
        validate(content);
        ReportContent before = report.content();
        report.replaceContent(content, clock.instant());
        DraftChanges changes = DraftChanges.between(before, report.content());
        refuseOutsideParts(reportId, actor, changes);
        reports.flush();
        if (!changes.isEmpty()) {
            audit.record(
                    AuditAction.DRAFT_EDITED,
                    ReportRef.auditTarget(reportId),
                    changes.summary(),
                    changes.before(),
                    changes.after());
        }
        return cleaned.notice();
    }

    /** Thrown before anything is written, so the transaction rolls the replaced content back. */
    private void refuseOutsideParts(long reportId, Actor actor, DraftChanges changes) {
        DraftPartOwners owners = partOwners.getIfAvailable();
        if (owners == null || changes.isEmpty()) {
            return;
        }
        owners.limitedTo(reportId, actor.username()).ifPresent(parts -> {
            List<String> outside = changes.changed().stream()
                    .filter(item -> !DraftPart.within(parts, item))
                    .toList();
            if (!outside.isEmpty()) {
                throw new ReportInputException("您只负责起草"
                        + parts.stream().map(p -> "「" + p.label() + "」").collect(Collectors.joining("、")) + "，不能修改其他部分（"
                        + String.join("、", outside.subList(0, Math.min(3, outside.size())))
                        + (outside.size() > 3 ? " 等" : "")
                        + "）。本次未保存。");
            }
        });
    }

    /** The sizes and the figures' domain (no negative counts, no fee beyond six decimals) any stored report keeps. */
    static void validate(ReportContent content) {
        for (Section section : Section.values()) {
            if (content.text(section).length() > ReportService.MAX_SECTION_LENGTH) {
                throw new ReportInputException(
                        "「" + section.heading() + "」超过 " + ReportService.MAX_SECTION_LENGTH + " 字，请精简后再保存。");
            }
        }
        new ReportChecker()
                .check(content.tables()).stream()
                        .filter(f -> f.rule().equals("DOMAIN"))
                        .findFirst()
                        .ifPresent(f -> {
                            throw new ReportInputException(f.message());
                        });
    }
}
