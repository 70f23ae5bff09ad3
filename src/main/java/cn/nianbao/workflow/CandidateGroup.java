package cn.nianbao.workflow;

import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import java.util.List;
import java.util.Optional;

/**
 * A group a review task is offered to: one role in one agency, written {@code ROLE@agency-code} as the BPMN's
 * {@code candidateGroups} build it (e.g. {@code SECRECY_REVIEWER@${agency}}), so that a task reaches only that role
 * in the report's own agency.
 */
record CandidateGroup(Role role, String agencyCode) {

    private static final char SEPARATOR = '@';

    String id() {
        return role.name() + SEPARATOR + agencyCode;
    }

    /** A group id as the engine stores it; empty for one that no BPMN of ours writes. */
    static Optional<CandidateGroup> parse(String id) {
        int at = id == null ? -1 : id.indexOf(SEPARATOR);
        if (at <= 0 || at == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CandidateGroup(Role.valueOf(id.substring(0, at)), id.substring(at + 1)));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
    }

    /** The ids of the groups a person belongs to: one per role, in their agency. */
    static List<String> idsOf(Actor actor, String agencyCode) {
        return actor.roles().stream()
                .map(role -> new CandidateGroup(role, agencyCode).id())
                .toList();
    }
}
