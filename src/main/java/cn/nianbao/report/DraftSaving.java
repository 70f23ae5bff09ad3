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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A handler's draft saved: who may, at which stage, which parts, merged with what colleagues saved meanwhile
 * ({@link DraftMerge}), within what sizes.
 */
@Component
@Transactional
class DraftSaving {

    private final VisibleReports visible;
    private final ReportRepository reports;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final AuditTrail audit;
    private final ObjectProvider<DraftPartOwners> partOwners;
    private final PartStamps stamps;

    DraftSaving(
            VisibleReports visible,
            ReportRepository reports,
            CurrentActor currentActor,
            Clock clock,
            AuditTrail audit,
            ObjectProvider<DraftPartOwners> partOwners,
            PartStamps stamps) {
        this.visible = visible;
        this.reports = reports;
        this.currentActor = currentActor;
        this.clock = clock;
        this.audit = audit;
        this.partOwners = partOwners;
        this.stamps = stamps;
    }

    /**
     * The whole draft as typed, against the version the person loaded: refused as a whole if anyone saved since
     * (callers that hold no base content of their own, such as imports and tests). Returns what normalising the
     * typed text changed, for the person to read.
     */
    Optional<String> save(long reportId, long expectedVersion, ReportContent typed) {
        Report report = lockedDraft(reportId);
        if (report.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return save(report, DraftEdit.between(report.content(), typed)).notice();
    }

    /**
     * What the person changed since they loaded the draft, applied part by part ({@link DraftMerge}): the parts a
     * colleague changed first are left out and returned as conflicts, everything else is stored.
     */
    Applied save(long reportId, DraftEdit edit) {
        return save(lockedDraft(reportId), edit);
    }

    @Transactional(readOnly = true)
    List<PartStamp> stamps(long reportId) {
        visible.require(reportId);
        String me = currentActor.require().username();
        return stamps.of(reportId).stream()
                .filter(s -> !s.editedBy().equals(me))
                .toList();
    }

    record Applied(Optional<String> notice, List<PartConflict> conflicts) {}

    /** An edit of a draft already {@link #lockedDraft locked and checked} by the caller (重新汇总). */
    Applied save(Report report, DraftEdit edit) {
        Actor actor = currentActor.require();
        long reportId = report.getId();
        refuseOutsideRights(reportId, actor, edit);
        DraftMerge merge = DraftMerge.of(report.content(), edit);
        TypedContent cleaned = TypedContent.of(merge.merged());
        ReportContent content = cleaned.content();
        validate(content);
        ReportContent before = report.content();
        report.replaceContent(content, clock.instant());
        DraftChanges changes = DraftChanges.between(before, report.content());
        reports.flush();
        if (!changes.isEmpty()) {
            stamps.saved(reportId, edit.parts(), merge.refused().keySet(), actor, clock.instant());
            audit.record(
                    AuditAction.DRAFT_EDITED,
                    ReportRef.auditTarget(reportId),
                    changes.summary(),
                    changes.before(),
                    changes.after());
        }
        return new Applied(cleaned.notice(), stamps.conflicts(reportId, merge.refused()));
    }

    /** The draft, locked for this save, once the person is known to be a handler of its agency and it is a draft. */
    Report lockedDraft(long reportId) {
        Report report = reports.lockById(reportId).orElseThrow(ReportNotFoundException::new);
        visible.require(reportId); // one the person may read at all, or "not found"
        return editable(report);
    }

    /** The same checks without a lock, for what only looks at the draft before an edit (a preview). */
    Report editableDraft(long reportId) {
        return editable(visible.require(reportId));
    }

    private Report editable(Report report) {
        Actor actor = currentActor.require();
        if (!actor.has(Role.HANDLER) || actor.agencyId() != report.getAgencyId()) {
            throw new ReportInputException("只有本机关的经办人员可以编辑报告。");
        }
        if (report.getStage() != ReportStage.DRAFTING) {
            throw new ReportInputException("报告已提交（当前环节：" + report.getStage().label() + "），不能再编辑。");
        }
        return report;
    }

    /**
     * Refused before anything is written, and recorded in the audit trail in a transaction of its own: someone who
     * holds neither the 起草 task nor the part, or a colleague outside their parts.
     */
    void refuseOutsideRights(long reportId, Actor actor, DraftEdit edit) {
        DraftPartOwners owners = partOwners.getIfAvailable();
        if (owners == null) {
            return;
        }
        DraftRights rights = owners.rights(reportId, actor.username());
        List<DraftPart> outside =
                edit.parts().stream().filter(part -> !rights.mayChange(part)).toList();
        // a save that changes nothing is still a save: someone with no part of the draft makes none at all
        if (outside.isEmpty() && (rights.mayChangeAnything() || !edit.isEmpty())) {
            return;
        }
        String message = rights.mayChangeAnything()
                ? "您只能修改" + labels(rights.own().isEmpty() ? notHandedOut(rights) : List.copyOf(rights.own())) + "，不能修改"
                        + labels(outside) + "。本次未保存。"
                : "您不是这份报告的起草人，也没有分到其中的部分，不能修改。本次未保存。";
        audit.recordNow(AuditAction.DRAFT_EDIT_REFUSED, ReportRef.auditTarget(reportId), message);
        throw new ReportInputException(message);
    }

    private static List<DraftPart> notHandedOut(DraftRights rights) {
        return Arrays.stream(DraftPart.values())
                .filter(part -> !rights.handedOut().contains(part))
                .toList();
    }

    private static String labels(List<DraftPart> parts) {
        return parts.stream().map(p -> "「" + p.label() + "」").collect(Collectors.joining("、"));
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
