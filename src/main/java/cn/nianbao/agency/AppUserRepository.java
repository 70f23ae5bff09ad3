package cn.nianbao.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u from AppUser u join u.roles r where u.agency.id = :agencyId and r = :role and u.enabled = true "
            + "order by u.id")
    List<AppUser> findEnabledInRole(long agencyId, Role role);

    @Query("select distinct u from AppUser u join fetch u.agency left join fetch u.roles order by u.agency.id, u.id")
    List<AppUser> findAllWithAgencyAndRoles();

    /** With their roles in the same query: callers look at the roles of each. */
    @Query("select distinct u from AppUser u left join fetch u.roles where u.agency.id = :agencyId and u.enabled = true "
            + "order by u.username")
    List<AppUser> findByAgency_IdAndEnabledTrueOrderByUsername(long agencyId);
}
