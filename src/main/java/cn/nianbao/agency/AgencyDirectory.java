package cn.nianbao.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to agencies for the other modules. */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

    /** A guard against a cycle in the tree, far deeper than any real one (province, city, county, township). */
    private static final int MAX_DEPTH = 32;

    private final AgencyRepository agencies;
    private final AppUserRepository users;

    AgencyDirectory(AgencyRepository agencies, AppUserRepository users) {
        this.agencies = agencies;
        this.users = users;
    }

    /** 「机关 · 姓名 · 角色」 for the header of the screens. */
    public Optional<String> describePerson(String username) {
        return users.findByUsername(username)
                .map(user -> user.getAgency().getName() + " · " + user.getDisplayName() + " · "
                        + user.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining("、")));
    }

    /** An enabled person by user name, whatever their agency (callers compare the agency). */
    public Optional<Person> person(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AgencyDirectory::toPerson);
    }

    /** The enabled people of one agency, by user name. */
    public List<Person> people(long agencyId) {
        return users.findByAgency_IdAndEnabledTrueOrderByUsername(agencyId).stream()
                .map(AgencyDirectory::toPerson)
                .toList();
    }

    /** The enabled people of one agency who hold {@code role}. */
    public List<Person> withRole(long agencyId, Role role) {
        return people(agencyId).stream().filter(person -> person.has(role)).toList();
    }

    /** The coordinators of every agency above this one, nearest first. */
    public List<Person> coordinatorsAbove(long agencyId) {
        List<Long> ancestors = ancestorsOf(agencyId);
        return users.findEnabledWithRolesIn(ancestors).stream()
                .filter(user -> user.getRoles().contains(Role.COORDINATOR))
                .sorted(Comparator.comparingInt(
                        user -> ancestors.indexOf(user.getAgency().getId())))
                .map(AgencyDirectory::toPerson)
                .toList();
    }

    /** These people, enabled or not, whatever their agency. */
    public List<Person> byUsernames(Collection<String> usernames) {
        return users.findByUsernameIn(usernames).stream()
                .map(AgencyDirectory::toPerson)
                .toList();
    }

    private static Person toPerson(AppUser user) {
        return new Person(
                user.getUsername(), user.getDisplayName(), user.getAgency().getId(), user.getRoles());
    }

    public String nameOf(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getName).orElse("");
    }

    public Map<Long, String> namesOf(Collection<Long> agencyIds) {
        return agencies.findAllById(agencyIds).stream().collect(Collectors.toMap(Agency::getId, Agency::getName));
    }

    public String codeOf(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getCode).orElseThrow();
    }

    /** The agency and every agency below it, at any depth (one query per level of the tree). */
    public Set<Long> subtreeOf(long agencyId) {
        Set<Long> subtree = new HashSet<>(Set.of(agencyId));
        List<Long> level = List.of(agencyId);
        while (!level.isEmpty()) {
            level = agencies.findByParentIdIn(level).stream()
                    .map(Agency::getId)
                    .filter(subtree::add)
                    .toList();
        }
        return subtree;
    }

    /**
     * 汇总's area of a government, by name: every agency below it, except those below a lower government, whose own
     * report already holds them (the lower government itself is in the area).
     */
    public List<AgencySummary> summedAreaOf(long governmentId) {
        Map<Long, List<AgencySummary>> children = summariesOf(subtreeOf(governmentId)).stream()
                .filter(a -> a.parentId() != null)
                .collect(Collectors.groupingBy(AgencySummary::parentId));
        List<AgencySummary> area = new ArrayList<>();
        List<AgencySummary> level = children.getOrDefault(governmentId, List.of());
        while (!level.isEmpty()) {
            area.addAll(level);
            level = level.stream()
                    .filter(a -> a.kind() != AgencyKind.GOVERNMENT)
                    .flatMap(a -> children.getOrDefault(a.id(), List.of()).stream())
                    .toList();
        }
        area.sort(Comparator.comparing(AgencySummary::name));
        return area;
    }

    /** The agencies at the top of the tree (a county government, or an agency with nothing above it here). */
    public List<Long> topAgencies() {
        return agencies.findByParentIdIsNull().stream().map(Agency::getId).toList();
    }

    /** Whether {@code agencyId} is {@code ancestorId} itself or lies below it. */
    public boolean isAtOrBelow(long agencyId, long ancestorId) {
        return agencyId == ancestorId || ancestorsOf(agencyId).contains(ancestorId);
    }

    /** The agencies above this one: its parent, the parent's parent, …, nearest first. */
    public List<Long> ancestorsOf(long agencyId) {
        List<Long> ancestors = new ArrayList<>();
        Long current = agencies.findById(agencyId).map(Agency::getParentId).orElse(null);
        while (current != null && ancestors.size() < MAX_DEPTH && !ancestors.contains(current)) {
            ancestors.add(current);
            current = agencies.findById(current).map(Agency::getParentId).orElse(null);
        }
        return ancestors;
    }

    public AgencyKind kindOf(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getKind).orElseThrow();
    }

    /** The kinds of several agencies in one query. */
    public Map<Long, AgencyKind> kindsOf(Collection<Long> agencyIds) {
        return agencies.findAllById(agencyIds).stream().collect(Collectors.toMap(Agency::getId, Agency::getKind));
    }

    /** The legal due date of the agency's report on {@code reportYear}. */
    public LocalDate dueDateOf(long agencyId, int reportYear) {
        return kindOf(agencyId).dueDateFor(reportYear);
    }

    public List<AgencySummary> summariesOf(Collection<Long> agencyIds) {
        return agencies.findAllById(agencyIds).stream()
                .map(a ->
                        new AgencySummary(a.getId(), a.getName(), a.getKind(), a.getParentId(), a.getFirstReportYear()))
                .toList();
    }
}
