package cn.nianbao.report;

import cn.nianbao.security.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each part's own version and last save ({@link PartEdit}): written by the saves, read by editors and conflicts. */
@Component
@Transactional
class PartStamps {

    private final PartEditRepository edits;

    PartStamps(PartEditRepository edits) {
        this.edits = edits;
    }

    /** The parts of {@code touched} that this save applied (those in {@code refused} it did not) are now theirs. */
    void saved(long reportId, Collection<DraftPart> touched, Collection<DraftPart> refused, Actor actor, Instant at) {
        Map<DraftPart, PartEdit> stored = byPart(reportId);
        touched.stream().filter(part -> !refused.contains(part)).forEach(part -> {
            PartEdit edit = stored.computeIfAbsent(part, p -> new PartEdit(reportId, p));
            edit.savedBy(actor.username(), actor.displayName(), at);
            edits.save(edit);
        });
    }

    /** The parts left out of a save, each with who saved it last and when. */
    @Transactional(readOnly = true)
    List<PartConflict> conflicts(long reportId, Map<DraftPart, List<String>> refused) {
        if (refused.isEmpty()) {
            return List.of();
        }
        Map<DraftPart, PartEdit> stored = byPart(reportId);
        return refused.entrySet().stream()
                .map(entry -> {
                    PartStamp stamp = stored.containsKey(entry.getKey())
                            ? stored.get(entry.getKey()).stamp()
                            : new PartStamp(entry.getKey(), 0, "", "其他经办人员", null);
                    return new PartConflict(entry.getKey(), stamp.editedByName(), stamp.editedAt(), entry.getValue());
                })
                .toList();
    }

    @Transactional(readOnly = true)
    List<PartStamp> of(long reportId) {
        return edits.findByKeyReportId(reportId).stream().map(PartEdit::stamp).toList();
    }

    private Map<DraftPart, PartEdit> byPart(long reportId) {
        return edits.findByKeyReportId(reportId).stream()
                .collect(Collectors.toMap(e -> e.stamp().part(), Function.identity()));
    }
}
