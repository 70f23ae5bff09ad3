package cn.nianbao.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select distinct u from AppUser u left join fetch u.roles where u.agency.id in :agencyIds "
            + "and u.enabled = true")
    List<AppUser> findEnabledWithRolesIn(Collection<Long> agencyIds);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    @Query("select distinct u from AppUser u join fetch u.agency left join fetch u.roles order by u.agency.id, u.id")
    List<AppUser> findAllWithAgencyAndRoles();

    /** With their roles in the same query: callers look at the roles of each. */
    @Query(
            "select distinct u from AppUser u left join fetch u.roles where u.agency.id = :agencyId and u.enabled = true "
                    + "order by u.username")
    List<AppUser> findByAgency_IdAndEnabledTrueOrderByUsername(long agencyId);
}
