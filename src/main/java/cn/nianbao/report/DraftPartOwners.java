package cn.nianbao.report;

import java.util.Optional;
import java.util.Set;

/**
 * Who drafts the report and who only part of it (分工起草): the workflow knows the 起草 task's holder and the open
 * assignments, the report's save refuses changes outside them. Implemented where the assignments run, so the report module needs no workflow types.
 */
public interface DraftPartOwners {

    /** What {@code username} may change in the report's draft: every part, some parts, or nothing. */
    DraftRights rights(long reportId, String username);

    /** The parts {@code username} may change in the report, or empty when they are not limited to parts. */
    Optional<Set<DraftPart>> limitedTo(long reportId, String username);
}
