package cn.nianbao.report;

import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * What one save changed in a draft, for the audit trail: the sections and cells whose value differs, named and
 * listed before and after (cells as printed, sections in full).
 */
record DraftChanges(List<String> changed, String before, String after) {

    static DraftChanges between(ReportContent old, ReportContent now) {
        List<String> changed = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (Section section : Section.values()) {
            if (!old.text(section).equals(now.text(section))) {
                changed.add(section.heading());
                before.append(section.heading())
                        .append("：\n")
                        .append(old.text(section))
                        .append('\n');
                after.append(section.heading())
                        .append("：\n")
                        .append(now.text(section))
                        .append('\n');
            }
        }
        for (String cell : Cells.all()) {
            if (old.tables().value(cell).compareTo(now.tables().value(cell)) != 0) {
                changed.add(cell);
                before.append(cell)
                        .append(" = ")
                        .append(old.tables().printed(cell))
                        .append('\n');
                after.append(cell)
                        .append(" = ")
                        .append(now.tables().printed(cell))
                        .append('\n');
            }
        }
        return new DraftChanges(List.copyOf(changed), before.toString(), after.toString());
    }

    boolean isEmpty() {
        return changed.isEmpty();
    }

    String summary() {
        return "修改 " + changed.size() + " 处：" + String.join("、", changed);
    }
}
