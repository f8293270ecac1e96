package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountChanged;
import org.carelearn.staff.domain.AccountChanged.Change;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.PasswordHasher;
import org.carelearn.staff.domain.PasswordPolicy;
import org.carelearn.staff.domain.StaffMember;

/** Passwords and locks of sign-in accounts. Passwords pass through here as char arrays and are never kept. */
@ApplicationScoped
public class Accounts {

    /** Letters and digits that cannot be misread for one another when read aloud or off a screen. */
    private static final char[] TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
            .toCharArray();
    private static final int TEMPORARY_LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<AccountChanged> changed;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<AccountAccessRevoked> revoked;

    public Optional<Account> find(String username) {
        return accounts.findByUsername(Account.normalizeUsername(username));
    }

    public Account ofStaffMember(StaffMember member) {
        return accounts.findByStaffMember(member)
                .orElseThrow(() -> new NotFoundException(member.getEmployeeId() + " has no account"));
    }

    public List<Account> locked() {
        return accounts.findLocked(time.now());
    }

    public long countAwaitingPassword() {
        return accounts.countAwaitingPassword();
    }

    /**
     * Gives the account a random temporary password, which the caller shows to the admin once. The person
     * must replace it at their next sign-in. It also unlocks the account.
     */
    @Transactional
    public char[] issueTemporaryPassword(Actor actor, String username) {
        Account account = existing(username);
        if (!account.isActive()) {
            throw new BusinessRuleException("Account " + account.getUsername() + " is inactive; reactivate the staff"
                    + " member first");
        }
        char[] temporary = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < temporary.length; i++) {
            temporary[i] = TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)];
        }
        account.issueTemporaryPassword(hasher.hash(temporary), time.now());
        changed.fire(new AccountChanged(actor, Change.TEMPORARY_PASSWORD_ISSUED, account.getUsername(), null));
        revoked.fire(new AccountAccessRevoked(account.getUsername(), "temporary password issued"));
        return temporary;
    }

    /** Sets a known password, for demo accounts and tests: still subject to the password policy. */
    @Transactional
    public void setPassword(Actor actor, String username, char[] password, boolean mustChange) {
        Account account = existing(username);
        PasswordPolicy.check(account.getUsername(), password);
        if (mustChange) {
            account.issueTemporaryPassword(hasher.hash(password), time.now());
        } else {
            account.changePassword(hasher.hash(password), time.now());
        }
        changed.fire(new AccountChanged(actor, Change.PASSWORD_CHANGED, account.getUsername(),
                mustChange ? "set by " + actor.username() + ", to be changed at next sign-in" : "set by " + actor.username()));
        revoked.fire(new AccountAccessRevoked(account.getUsername(), "password changed"));
    }

    /** The signed-in person replaces their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(Actor actor, char[] current, char[] replacement, char[] confirmation) {
        try {
            Account account = existing(actor.username());
            if (!hasher.matches(current, account.getPasswordHash())) {
                throw new BusinessRuleException("The current password is not correct");
            }
            if (!Arrays.equals(replacement, confirmation)) {
                throw new BusinessRuleException("The new password and its confirmation differ");
            }
            PasswordPolicy.check(account.getUsername(), replacement);
            if (hasher.matches(replacement, account.getPasswordHash())) {
                throw new BusinessRuleException("The new password must differ from the current one");
            }
            account.changePassword(hasher.hash(replacement), time.now());
            changed.fire(new AccountChanged(actor, Change.PASSWORD_CHANGED, account.getUsername(), null));
            revoked.fire(new AccountAccessRevoked(account.getUsername(), "password changed"));
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
            Arrays.fill(confirmation, '\0');
        }
    }

    /** Replaces an account's roles. */
    @Transactional
    public void grantRoles(Actor actor, String username, Set<Role> roles) {
        Account account = existing(username);
        if (!account.getRoles().equals(roles)) {
            String before = account.getRoles().toString();
            account.grant(roles);
            changed.fire(new AccountChanged(actor, Change.ROLES_CHANGED, account.getUsername(),
                    "roles: " + before + " -> " + account.getRoles()));
        }
    }

    @Transactional
    public void unlock(Actor actor, String username) {
        Account account = existing(username);
        if (account.isLocked(time.now()) || account.getFailedAttempts() > 0) {
            account.unlock();
            changed.fire(new AccountChanged(actor, Change.UNLOCKED, account.getUsername(), null));
        }
    }

    private Account existing(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("No account " + username));
    }
}
