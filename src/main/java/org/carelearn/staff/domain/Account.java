package org.carelearn.staff.domain;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;

/**
 * A staff member's way into CareLearn. WildFly Elytron checks the password against this table (see
 * wildfly-config/carelearn.cli); the rules for issuing, changing and locking live here.
 *
 * <p>An account starts without a password: an admin issues a temporary one, which the person must
 * replace at their first sign-in. Repeated failures lock the account for a while, which also defeats
 * password guessing, since the realm refuses a locked account whatever the password.
 */
@Entity
@Table(name = "ACCOUNT")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.findByStaffMember", query = "SELECT a FROM Account a WHERE a.staffMember = :staffMember")
@NamedQuery(name = "Account.countAwaitingPassword",
        query = "SELECT COUNT(a) FROM Account a WHERE a.active = TRUE AND a.passwordHash IS NULL")
@NamedQuery(name = "Account.findLocked",
        query = "SELECT a FROM Account a WHERE a.lockedUntil IS NOT NULL AND a.lockedUntil > :now ORDER BY a.username")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ACCOUNT_SEQ")
    @SequenceGenerator(name = "ACCOUNT_SEQ", sequenceName = "ACCOUNT_SEQ", allocationSize = 50)
    private Long id;

    @Column(name = "USERNAME", nullable = false, updatable = false, length = 64)
    private String username;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STAFF_MEMBER_ID", nullable = false, updatable = false)
    private StaffMember staffMember;

    @Column(name = "PASSWORD_HASH", length = 128)
    private String passwordHash;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "PASSWORD_CHANGED_AT")
    private Instant passwordChangedAt;

    @Column(name = "FAILED_ATTEMPTS", nullable = false)
    private int failedAttempts;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "LAST_SIGN_IN_AT")
    private Instant lastSignInAt;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ACCOUNT_ROLE", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE_NAME", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, StaffMember staffMember, Set<Role> roles) {
        this.username = normalizeUsername(username);
        this.staffMember = Objects.requireNonNull(staffMember, "staffMember");
        this.active = true;
        this.mustChangePassword = true;
        grant(roles);
    }

    /** User names are lower case; the realm lower-cases what people type too. */
    public static String normalizeUsername(String username) {
        String value = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new BusinessRuleException("User name must be 2 to 64 lower-case letters, digits, '.', '_' or '-'"
                    + " (was '" + (username == null ? "" : username.strip()) + "')");
        }
        return value;
    }

    /** Replaces the roles. Every account has at least one, or it could sign in and see nothing. */
    public void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessRuleException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    /** A password chosen by an admin: it unlocks the account and must be changed at the next sign-in. */
    public void issueTemporaryPassword(String hash, Instant now) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
        unlock();
    }

    /** A password the person chose themselves. */
    public void changePassword(String hash, Instant now) {
        this.passwordHash = Objects.requireNonNull(hash, "hash");
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    /**
     * Counts a failed sign-in. At {@code maxFailures} in a row the account locks for {@code lockout}.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        if (isLocked(now)) {
            return false;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void recordSignIn(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastSignInAt = now;
    }

    /** The person typed their password again, rightly, while signed in: a run of failures is broken. */
    public void recordConfirmedPassword() {
        this.failedAttempts = 0;
    }

    public void unlock() {
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public StaffMember getStaffMember() {
        return staffMember;
    }

    /** The bcrypt hash, for verifying a current password; never shown or logged. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return username;
    }
}
