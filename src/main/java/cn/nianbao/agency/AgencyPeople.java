package cn.nianbao.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who holds a role in an agency, and who watches it from above (the coordinators of its ancestors). */
@Service
@Transactional(readOnly = true)
public class AgencyPeople {

    private static final int MAX_DEPTH = 32;

    private final PersonRepository people;
    private final AgencyRepository agencies;

    AgencyPeople(PersonRepository people, AgencyRepository agencies) {
        this.people = people;
        this.agencies = agencies;
    }

    public List<Person> withRole(long agencyId, Role role) {
        return people.findByAgency_IdInAndEnabledTrue(List.of(agencyId)).stream()
                .filter(u -> u.getRoles().contains(role)).map(AgencyPeople::person).toList();
    }

    /** The coordinators of every agency above this one (its parent, the parent's parent, …), nearest first. */
    public List<Person> coordinatorsAbove(long agencyId) {
        List<Long> ancestors = new ArrayList<>();
        Long current = agencies.findById(agencyId).map(Agency::getParentId).orElse(null);
        while (current != null && ancestors.size() < MAX_DEPTH && !ancestors.contains(current)) {
            ancestors.add(current);
            current = agencies.findById(current).map(Agency::getParentId).orElse(null);
        }
        return people.findByAgency_IdInAndEnabledTrue(ancestors).stream()
                .filter(u -> u.getRoles().contains(Role.COORDINATOR))
                .sorted((a, b) -> Integer.compare(ancestors.indexOf(a.getAgency().getId()),
                        ancestors.indexOf(b.getAgency().getId())))
                .map(AgencyPeople::person).toList();
    }

    public List<Person> byUsernames(Collection<String> usernames) {
        return people.findByUsernameIn(usernames).stream().map(AgencyPeople::person).toList();
    }

    private static Person person(AppUser user) {
        return new Person(user.getUsername(), user.getDisplayName(), user.getAgency().getId(), user.getRoles());
    }
}
