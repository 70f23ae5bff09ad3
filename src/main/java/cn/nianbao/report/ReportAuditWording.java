package cn.nianbao.report;

import cn.nianbao.audit.AuditWording;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The trail names a report 「报告 12」 and a cell by its id; the audit screen shows the report's title and the cell's label. */
@Component
class ReportAuditWording implements AuditWording {

    private static final Pattern REPORT = Pattern.compile("报告 (\\d{1,18})");
    private static final Pattern CELL = Pattern.compile("\\bt[234](?:\\.[A-Za-z0-9_]+)+");

    private final ReportReads reads;

    ReportAuditWording(ReportReads reads) {
        this.reads = reads;
    }

    @Override
    public Map<String, String> targets(Collection<String> targets) {
        Map<Long, String> ids = new HashMap<>();
        for (String target : targets) {
            Matcher matcher = target == null ? null : REPORT.matcher(target);
            if (matcher != null && matcher.matches()) {
                ids.put(Long.parseLong(matcher.group(1)), target);
            }
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        reads.titles(ids.keySet()).forEach((id, title) -> names.put(ids.get(id), "《" + title + "》（报告 " + id + "）"));
        return names;
    }

    @Override
    public String text(String text) {
        if (text == null) {
            return null;
        }
        return CELL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(CellLabels.of(match.group())));
    }
}
