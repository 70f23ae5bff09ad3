package cn.nianbao.deadline;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.agency.Role;
import cn.nianbao.audit.AuditTrail;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's internal due date for a report year, earlier than the legal one (a local rule: departments by 15
 * January, so that the government can compile). Set per year by a coordinator of the agency or of an agency above
 * it, or by a system administrator; a coordinator also sets one date for all agencies of a kind below theirs, or
 * carries last year's dates over (沿用上年). Every change audited, a batch once with its count.
 */
@Service
@Transactional
public class InternalDueDates {

    private final InternalDueDateRepository dates;
    private final AgencyDirectory agencies;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ReportingCycle cycle;
    private final DueDateRule rule;

    InternalDueDates(
            InternalDueDateRepository dates,
            AgencyDirectory agencies,
            CurrentActor currentActor,
            AuditTrail audit,
            ReportingCycle cycle,
            DueDateRule rule) {
        this.dates = dates;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.audit = audit;
        this.cycle = cycle;
        this.rule = rule;
    }

    /** The year 期限设置 opens on: the signed-in coordinator's reporting cycle. */
    @Transactional(readOnly = true)
    public int defaultYear() {
        return cycle.currentFor(requireCoordinator().agencyId());
    }

    /** The report years a date may be set for, the latest first. */
    public List<Integer> selectableYears() {
        return rule.years();
    }

    /** The agencies below the signed-in coordinator's, by name, with their due dates for {@code year}. */
    @Transactional(readOnly = true)
    public List<AgencyDueDate> belowMine(int year) {
        List<AgencySummary> below = summariesBelow(requireCoordinator());
        Map<Long, MonthDay> internal = datesOf(below, year).values().stream()
                .collect(Collectors.toMap(InternalDueDate::agencyId, InternalDueDate::day));
        return below.stream()
                .map(a -> new AgencyDueDate(a.id(), a.name(), a.kind().label(), legal(a.kind()), internal.get(a.id())))
                .toList();
    }

    public void set(long agencyId, int year, MonthDay day) {
        refuseUnlessAllowed(agencyId);
        rule.requireYear(year);
        rule.requireDay(agencies.nameOf(agencyId), agencies.kindOf(agencyId), year, day);
        InternalDueDate.Key key = new InternalDueDate.Key(agencyId, year);
        String before =
                dates.findById(key).map(d -> AgencyDueDate.label(d.day())).orElse(null);
        dates.findById(key)
                .ifPresentOrElse(
                        existing -> existing.change(day), () -> dates.save(new InternalDueDate(agencyId, year, day)));
        audit.record(DeadlineAudit.DUE_DATE_CHANGED, target(agencyId, year), before, AgencyDueDate.label(day));
    }

    /** Back to the legal due date for {@code year}. */
    public void clear(long agencyId, int year) {
        refuseUnlessAllowed(agencyId);
        dates.findById(new InternalDueDate.Key(agencyId, year)).ifPresent(existing -> {
            dates.delete(existing);
            audit.record(
                    DeadlineAudit.DUE_DATE_CHANGED, target(agencyId, year), AgencyDueDate.label(existing.day()), null);
        });
    }

    /** One date for every agency of {@code kind} below the coordinator's, e.g. all departments by 1月15日. */
    public int setForKind(int year, AgencyKind kind, MonthDay day) {
        Actor actor = requireCoordinator();
        rule.requireYear(year);
        if (kind == null) {
            throw new CalendarChangeException("请选择要统一设置的机关类型。");
        }
        rule.requireDay("下级" + kind.label(), kind, year, day);
        List<AgencySummary> ofKind =
                summariesBelow(actor).stream().filter(a -> a.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            throw new CalendarChangeException("下级机关中没有" + kind.label() + "，没有可设置的机关。");
        }
        Map<Long, InternalDueDate> existing = datesOf(ofKind, year);
        for (AgencySummary agency : ofKind) {
            put(existing, agency.id(), year, day);
        }
        audit.record(
                DeadlineAudit.DUE_DATE_CHANGED,
                batchTarget(actor, year),
                "统一设置全部下级" + kind.label() + "，共 " + ofKind.size() + " 个机关",
                null,
                AgencyDueDate.label(day));
        return ofKind.size();
    }

    /**
     * 沿用上年: the dates set for {@code year - 1} become those of {@code year} for the agencies below the
     * coordinator's. Refused when {@code year} already has dates, unless {@code replace} (then it holds exactly last
     * year's). Returns how many were carried over.
     */
    public int copyPreviousYear(int year, boolean replace) {
        Actor actor = requireCoordinator();
        rule.requireYear(year);
        List<AgencySummary> below = summariesBelow(actor);
        Map<Long, InternalDueDate> previous = datesOf(below, year - 1);
        if (previous.isEmpty()) {
            throw new CalendarChangeException((year - 1) + " 年度没有为下级机关设置内部截止日期，无可沿用。");
        }
        Map<Long, InternalDueDate> current = datesOf(below, year);
        if (!current.isEmpty() && !replace) {
            throw new CalendarChangeException(year + " 年度已有 " + current.size() + " 个下级机关设置了内部截止日期；确认替换后才沿用上年的日期。");
        }
        Map<Long, AgencySummary> byId =
                below.stream().collect(Collectors.toMap(AgencySummary::id, Function.identity()));
        for (InternalDueDate last : previous.values()) {
            AgencySummary agency = byId.get(last.agencyId());
            rule.requireDay(agency.name(), agency.kind(), year, last.day());
            put(current, agency.id(), year, last.day());
        }
        current.values().stream()
                .filter(date -> !previous.containsKey(date.agencyId()))
                .toList()
                .forEach(dates::delete);
        audit.record(
                DeadlineAudit.DUE_DATE_CHANGED,
                batchTarget(actor, year),
                "沿用 " + (year - 1) + " 年度的内部截止日期，共 " + previous.size() + " 个机关"
                        + (current.isEmpty() ? "" : "（替换本年度已设的 " + current.size() + " 个）"));
        return previous.size();
    }

    private void put(Map<Long, InternalDueDate> existing, long agencyId, int year, MonthDay day) {
        InternalDueDate date = existing.get(agencyId);
        if (date == null) {
            dates.save(new InternalDueDate(agencyId, year, day));
        } else {
            date.change(day);
        }
    }

    private Map<Long, InternalDueDate> datesOf(List<AgencySummary> below, int year) {
        List<Long> ids = below.stream().map(AgencySummary::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dates.findByKeyAgencyIdInAndKeyReportYear(ids, year).stream()
                .collect(Collectors.toMap(InternalDueDate::agencyId, Function.identity()));
    }

    private List<AgencySummary> summariesBelow(Actor actor) {
        Set<Long> below = agencies.subtreeOf(actor.agencyId());
        below.remove(actor.agencyId());
        return agencies.summariesOf(below).stream()
                .sorted(Comparator.comparing(AgencySummary::name))
                .toList();
    }

    private Actor requireCoordinator() {
        Actor actor = currentActor.require();
        if (!actor.has(Role.COORDINATOR)) {
            throw new CalendarChangeException("只有主管部门的协调员可以查看和设置下级机关的截止日期。");
        }
        return actor;
    }

    private String target(long agencyId, int year) {
        return "内部截止日期 " + agencies.nameOf(agencyId) + " " + year + "年度";
    }

    private String batchTarget(Actor actor, int year) {
        return "内部截止日期 " + agencies.nameOf(actor.agencyId()) + "下级机关 " + year + "年度";
    }

    private static MonthDay legal(AgencyKind kind) {
        return MonthDay.from(kind.dueDateFor(2000));
    }

    private void refuseUnlessAllowed(long agencyId) {
        Actor actor = currentActor.require();
        boolean coordinator = actor.has(Role.COORDINATOR) && agencies.isAtOrBelow(agencyId, actor.agencyId());
        if (!coordinator && !actor.has(Role.SYSTEM_ADMIN)) {
            throw new CalendarChangeException("只有上级主管部门的协调员或系统管理员可以设置本机关的内部截止日期。");
        }
    }
}
