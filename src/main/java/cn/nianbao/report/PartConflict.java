package cn.nianbao.report;

import java.time.Instant;
import java.util.List;

/**
 * A part whose change a save could not apply: a colleague saved the same section, or the same cells, since the person
 * loaded it. {@code items} names the section or the cells; the person's typing stays on their screen.
 */
public record PartConflict(DraftPart part, String editorName, Instant editedAt, List<String> items) {

    public PartConflict {
        items = List.copyOf(items);
    }
}
