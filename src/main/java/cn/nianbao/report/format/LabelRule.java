package cn.nianbao.report.format;

import cn.nianbao.report.format.ReportStructure.LabelSeen;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * LABEL (FORMAT.md §5.5): a fixed label (heading, caption, column or row label) written differently from the official
 * text once full/half-width brackets, spaces, {@code .}/{@code 、}/{@code ．} and quotes are normalised, e.g.
 * 「2.其他法律法规禁止公开」 for 「2.其他法律行政法规禁止公开」. A warning: the figures are still read.
 */
public final class LabelRule {

    public static final String RULE = "LABEL";

    public List<Finding> check(ReportStructure structure) {
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (LabelSeen label : structure.labels()) {
            if (Labels.same(label.official(), label.written())
                    || !reported.add(Labels.normalize(label.official()) + "|" + Labels.normalize(label.written()))) {
                continue;
            }
            findings.add(Finding.warning(
                    RULE, label.cells(), "「" + label.written().strip() + "」与规定格式的文字「" + label.official() + "」不一致。"));
        }
        return findings;
    }
}
