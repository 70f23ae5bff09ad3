package cn.nianbao.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select distinct u from AppUser u left join fetch u.roles where u.agency.id in :agencyIds "
            + "and u.enabled = true")
    List<AppUser> findEnabledWithRolesIn(Collection<Long> agencyIds);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    String MATCHING = " where :pattern = '' or lower(u.username) like :pattern escape '!' "
            + "or lower(u.displayName) like :pattern escape '!' or lower(a.name) like :pattern escape '!' "
            + "or lower(a.code) like :pattern escape '!'";

    /**
     * One page of the accounts whose user name, name, agency's name or agency's code
     * contains the pattern ({@code %text%}, already
     * escaped with {@code !}; empty: every account), by user name; the agency in the same query, the roles in one
     * more for the page ({@link AppUser}'s batch size).
     */
    @Query("select u from AppUser u join fetch u.agency a" + MATCHING + " order by u.username")
    List<AppUser> findPage(String pattern, Pageable page);

    @Query("select count(u) from AppUser u join u.agency a" + MATCHING)
    long countMatching(String pattern);

    @Query("select distinct u from AppUser u join fetch u.agency left join fetch u.roles order by u.agency.id, u.id")
    List<AppUser> findAllWithAgencyAndRoles();

    /** With their roles in the same query: callers look at the roles of each. */
    @Query(
            "select distinct u from AppUser u left join fetch u.roles where u.agency.id = :agencyId and u.enabled = true "
                    + "order by u.username")
    List<AppUser> findByAgency_IdAndEnabledTrueOrderByUsername(long agencyId);
}
