package cn.nianbao.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A person who logs in. Belongs to exactly one agency. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private boolean enabled = true;

    /** Optional: a mainland mobile or landline number, as the administrator typed it (checked in admin). */
    private String phone;

    private String email;

    /** Set for a new account and after a reset: the person chooses their own password before anything else. */
    private boolean mustChangePassword;

    // a page of accounts reads its people's roles in one query, not one per person
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {}

    public AppUser(String username, String displayName, String passwordHash, Agency agency, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.agency = agency;
        this.roles.addAll(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Agency getAgency() {
        return agency;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A new password hash; {@code chosenByUser} is false when an administrator set it (then it must be changed). */
    public void changePassword(String passwordHash, boolean chosenByUser) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = !chosenByUser;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /** Phone and e-mail, each null when not given. */
    public void changeContact(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    public void moveTo(Agency agency) {
        this.agency = agency;
    }

    public void replaceRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
