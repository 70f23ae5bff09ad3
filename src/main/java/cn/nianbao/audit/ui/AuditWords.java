package cn.nianbao.audit.ui;

import cn.nianbao.audit.AuditEntry;
import cn.nianbao.audit.AuditWording;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the screen shows for one page of entries: each target by its name (a report by its title) and the ids
 * in the texts by their labels, as the modules that wrote them say ({@link AuditWording}).
 */
final class AuditWords {

    private final List<AuditWording> wordings;
    private final Map<String, String> targetNames = new HashMap<>();

    AuditWords(List<AuditWording> wordings) {
        this.wordings = wordings;
    }

    /** Called with each page the grid fetches, so a page costs one look-up per module, not one per row. */
    List<AuditEntry> learn(List<AuditEntry> page) {
        List<String> targets = page.stream().map(AuditEntry::target).distinct().toList();
        wordings.forEach(wording -> targetNames.putAll(wording.targets(targets)));
        return page;
    }

    String target(AuditEntry entry) {
        return targetNames.getOrDefault(entry.target(), entry.target());
    }

    String text(String stored) {
        String text = stored;
        for (AuditWording wording : wordings) {
            text = wording.text(text);
        }
        return text;
    }

    /** The detail, or for a change recorded only as before/after (角色变更), the change itself. */
    String summary(AuditEntry entry) {
        if (entry.detail() != null && !entry.detail().isBlank()) {
            return text(entry.detail());
        }
        if (entry.before() == null && entry.after() == null) {
            return "";
        }
        return (entry.before() == null || entry.before().isBlank()
                        ? "（无）"
                        : text(entry.before()).strip())
                + " → "
                + (entry.after() == null || entry.after().isBlank()
                        ? "（无）"
                        : text(entry.after()).strip());
    }
}
