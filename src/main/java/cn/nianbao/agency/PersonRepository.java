package cn.nianbao.agency;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Read-only look-ups of people by agency, for {@link AgencyPeople}. */
interface PersonRepository extends Repository<AppUser, Long> {

    List<AppUser> findByAgency_IdInAndEnabledTrue(Collection<Long> agencyIds);

    List<AppUser> findByUsernameIn(Collection<String> usernames);
}
