package cn.nianbao.audit;

import java.util.Collection;
import java.util.Map;

/**
 * How people read what the trail stores by id. The audit module depends on no other, so a module that writes ids
 * into the trail (「报告 12」, a table cell's id) provides this and says what they are called; the screen shows that,
 * the trail itself keeps what was written.
 */
public interface AuditWording {

    /** The names of those targets this module knows, e.g. 「报告 12」 → 「报告 12：温县科学技术局 2025 年…」. */
    Map<String, String> targets(Collection<String> targets);

    /** A stored detail or before/after with the ids in it replaced by what people call them. */
    String text(String text);
}
