package cn.nianbao.report;

import cn.nianbao.base.PlainText;
import cn.nianbao.base.PlainText.Normalized;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report's text as typed or imported, each section normalised to be stored ({@link PlainText#normalize}), and the
 * sentence that tells the person what was changed and where.
 */
record TypedContent(ReportContent content, Optional<String> notice) {

    static TypedContent of(ReportContent typed) {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        Normalized total = new Normalized("", 0, 0);
        List<String> where = new ArrayList<>();
        for (Section section : Section.values()) {
            Normalized text = PlainText.normalize(typed.text(section));
            sections.put(section, text.text());
            if (text.changed()) {
                where.add("「" + section.heading() + "」");
                total = total.plus(text);
            }
        }
        return new TypedContent(
                new ReportContent(sections, typed.tables()),
                total.describe().map(what -> what + "（" + String.join("、", where) + "）。"));
    }
}
