package cn.nianbao.report;

import cn.nianbao.report.format.Section;
import java.util.Collection;

/**
 * What the responsible handler can hand to a colleague when splitting the drafting (分工起草): the text of one of
 * the six sections, or one of the three tables (its cells, whose ids start with the table's prefix).
 */
public enum DraftPart {
    S1(Section.S1, null, Section.S1.heading()),
    S2(Section.S2, null, Section.S2.heading()),
    S3(Section.S3, null, Section.S3.heading()),
    S4(Section.S4, null, Section.S4.heading()),
    S5(Section.S5, null, Section.S5.heading()),
    S6(Section.S6, null, Section.S6.heading()),
    T2(null, "t2.", "表二：主动公开政府信息情况"),
    T3(null, "t3.", "表三：收到和处理政府信息公开申请情况"),
    T4(null, "t4.", "表四：政府信息公开行政复议、行政诉讼情况");

    private final Section section;
    private final String cellPrefix;
    private final String label;

    DraftPart(Section section, String cellPrefix, String label) {
        this.section = section;
        this.cellPrefix = cellPrefix;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this part is the text of {@code section}. */
    public boolean isText(Section section) {
        return this.section == section;
    }

    /** Whether this part holds the cell {@code cellId}. */
    public boolean holdsCell(String cellId) {
        return cellPrefix != null && cellId.startsWith(cellPrefix);
    }

    /** The part that holds the text of {@code section}. */
    public static DraftPart ofText(Section section) {
        for (DraftPart part : values()) {
            if (part.isText(section)) {
                return part;
            }
        }
        throw new IllegalArgumentException(section.name());
    }

    /** The table that holds {@code cellId}. */
    public static DraftPart ofCell(String cellId) {
        for (DraftPart part : values()) {
            if (part.holdsCell(cellId)) {
                return part;
            }
        }
        throw new IllegalArgumentException(cellId);
    }

    /** Whether an item of {@link DraftChanges} (a section heading or a cell id) lies in one of {@code parts}. */
    static boolean within(Collection<DraftPart> parts, String changedItem) {
        return parts.stream()
                .anyMatch(part -> part.section != null && part.section.heading().equals(changedItem)
                        || part.holdsCell(changedItem));
    }
}
