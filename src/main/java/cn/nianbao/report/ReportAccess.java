package cn.nianbao.report;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import java.util.Collections;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read a report that is not (yet) public: the people of its agency who work in the responsibility chain, and
 * the coordinators of an agency above it (read-only). Administrators, whatever their agency, read no draft (三员分立).
 */
@Component
class ReportAccess {

    private final AgencyDirectory agencies;

    ReportAccess(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    boolean mayRead(Actor actor, long agencyId) {
        if (actor.agencyId() == agencyId && inChain(actor)) {
            return true;
        }
        return actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
    }

    /** The agencies whose reports this person may read. */
    Set<Long> readableAgencies(Actor actor) {
        if (actor.has(Role.COORDINATOR)) {
            return agencies.subtreeOf(actor.agencyId());
        }
        return inChain(actor) ? Set.of(actor.agencyId()) : Collections.emptySet();
    }

    private static boolean inChain(Actor actor) {
        return actor.roles().stream().anyMatch(Role.CHAIN::contains);
    }
}
