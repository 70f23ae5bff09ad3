package cn.nianbao.desk.ui;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.DraftEdit;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.DraftSaved;
import cn.nianbao.report.PartConflict;
import cn.nianbao.report.PartStamp;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.ui.ReportEditor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One editor's link to the stored draft when several people draft it: a save sends only what the person changed
 * since the content the screen started from ({@link DraftEdit}), what colleagues saved meanwhile appears where the
 * person has not typed, each part names who else saved it last, and a part a colleague saved first is listed with the
 * person's choice ({@link SaveConflicts}).
 */
final class DraftSync {

    private final ReportService reports;
    private final long reportId;
    private final ReportEditor editor;
    private final SaveConflicts conflicts;
    private final Map<DraftPart, Long> seen = new EnumMap<>(DraftPart.class);
    private ReportContent base;

    DraftSync(ReportService reports, ReportView report, ReportEditor editor, Runnable saveAgain) {
        this.reports = reports;
        this.reportId = report.id();
        this.editor = editor;
        this.base = report.content();
        this.conflicts = new SaveConflicts(editor, this::adopt, saveAgain);
        name(reports.colleaguesSaves(reportId));
    }

    SaveConflicts conflicts() {
        return conflicts;
    }

    /** The save's answer: what normalising the text changed, and whether a colleague's save left parts out. */
    record Outcome(Optional<String> notice, List<PartConflict> conflicts) {}

    Outcome save() {
        DraftSaved saved = reports.saveDraft(reportId, DraftEdit.between(base, editor.read()));
        ReportContent stored = saved.report().content();
        saved.report().notice().ifPresent(notice -> editor.stored().showNormalised(stored));
        take(stored);
        conflicts.show(saved.conflicts(), stored);
        return new Outcome(saved.report().notice(), saved.conflicts());
    }

    /** What colleagues saved since the last look, taken in where the person has not typed; waits for valid input. */
    boolean refresh() {
        List<PartStamp> stamps = reports.colleaguesSaves(reportId);
        boolean news = stamps.stream().anyMatch(s -> s.version() > seen.getOrDefault(s.part(), 0L));
        if (news && editor.isValid()) {
            take(reports.view(reportId).content());
        }
        return news;
    }

    private void take(ReportContent stored) {
        editor.stored().takeWhereUntouched(base, stored);
        base = DraftEdit.rebase(base, editor.read(), stored);
        name(reports.colleaguesSaves(reportId));
    }

    /** The person keeps their typing in {@code part}: the colleague's stored value becomes the starting point. */
    private void adopt(DraftPart part, ReportContent stored) {
        base = DraftEdit.adopt(base, stored, part);
    }

    /** Notes under each part the colleague who saved it last; a part the person saved last has none. */
    private void name(List<PartStamp> colleagues) {
        for (DraftPart part : DraftPart.values()) {
            editor.stored().name(part, "");
        }
        for (PartStamp stamp : colleagues) {
            seen.put(stamp.part(), stamp.version());
            editor.stored()
                    .name(
                            stamp.part(),
                            "最近由" + stamp.editedByName() + "于 " + ChinaTime.MINUTES.format(stamp.editedAt()) + " 保存");
        }
    }
}
