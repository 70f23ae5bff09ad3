package cn.nianbao.report;

import java.util.Optional;
import java.util.Set;

/**
 * Who drafts only part of a report (分工起草): the workflow knows the open assignments, the report's save refuses
 * changes outside them. Implemented where the assignments run, so the report module needs no workflow types.
 */
public interface DraftPartOwners {

    /** The parts {@code username} may change in the report, or empty when they are not limited to parts. */
    Optional<Set<DraftPart>> limitedTo(long reportId, String username);
}
