package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditAction;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.FilingAreas;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 先备案后公布 (e.g. 岳阳: 主要领导签发、加盖公章，报主管部门备案后公布): a coordinator switches it on, per year, for the
 * agencies below their own; a report of such an agency then goes after 签发 to 备案 by the coordinators of the nearest
 * area that requires it. Off unless switched on; every change is in the audit trail.
 */
@Service
@Transactional
public class FilingRules implements FilingAreas {

    static final AuditAction CHANGED = new AuditAction("FILING_RULE_CHANGED", "先备案后公布设置变更");
    private static final String REFUSAL = "只有主管部门协调员可以设置先备案后公布。";

    private final FilingRequirementRepository requirements;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    FilingRules(
            FilingRequirementRepository requirements,
            AgencyDirectory agencies,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.requirements = requirements;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in coordinator's area requires 备案 for {@code year}, and since when by whom. */
    @Transactional(readOnly = true)
    public Optional<FilingRule> ofMyArea(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, REFUSAL);
        return requirements
                .findByAreaAgencyIdAndReportYear(actor.agencyId(), year)
                .map(r -> new FilingRule(year, r.setByName(), r.setAt()));
    }

    /** Switches 先备案后公布 on or off for the coordinator's area and {@code year}; doing what is already so does nothing. */
    public void require(int year, boolean required) {
        Actor actor = currentActor.require(Role.COORDINATOR, REFUSAL);
        Optional<FilingRequirement> existing = requirements.findByAreaAgencyIdAndReportYear(actor.agencyId(), year);
        if (existing.isPresent() == required) {
            return;
        }
        if (required) {
            requirements.save(new FilingRequirement(
                    actor.agencyId(), year, actor.username(), actor.displayName(), clock.instant()));
        } else {
            requirements.delete(existing.get());
        }
        audit.record(
                CHANGED,
                agencies.nameOf(actor.agencyId()) + " " + year + " 年度报告",
                required ? "不需备案" : "签发后报主管部门备案再发布",
                required ? "签发后报主管部门备案再发布" : "不需备案");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> filingAreaFor(long agencyId, int year) {
        List<Long> above = agencies.ancestorsOf(agencyId);
        if (above.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> requiring = requirements.findByAreaAgencyIdInAndReportYear(above, year).stream()
                .map(FilingRequirement::areaAgencyId)
                .collect(Collectors.toSet());
        return above.stream().filter(requiring::contains).findFirst();
    }
}
