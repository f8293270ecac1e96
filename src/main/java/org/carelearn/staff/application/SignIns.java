package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.StaffMember;

/**
 * What happens around a sign-in that Elytron checked: successes reset the failure count and are audited;
 * failures are counted and lock the account after too many in a row (carelearn.signin.* settings).
 * Elytron's realm refuses a locked account, so the lock holds for every way in.
 */
@ApplicationScoped
public class SignIns {

    /** How a failed sign-in ended, for the message the sign-in page shows. */
    public enum Failure {
        /** Wrong user name or password: the page must not say which. */
        REJECTED,
        /** This failure, or an earlier run of them, locked the account. */
        LOCKED
    }

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    @Transactional
    public Optional<SignedInUser> recordSuccess(Actor actor) {
        Optional<Account> found = accounts.findByUsername(actor.username().toLowerCase(Locale.ROOT));
        found.ifPresent(account -> {
            account.recordSignIn(time.now());
            audit.record(actor, AuditAction.SIGN_IN, AuditTarget.account(account.getUsername()), null);
        });
        return found.map(SignIns::view);
    }

    /**
     * Counts a failure against the named account, if there is one. The attempt is audited either way,
     * under the name that was typed (never the password).
     */
    @Transactional
    public Failure recordFailure(String typedUsername, String remoteAddress) {
        String username = typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
        Actor actor = new Actor(username.isEmpty() ? "anonymous" : username, remoteAddress);
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            audit.record(actor, AuditAction.SIGN_IN_FAILED, null, "unknown user name");
            return Failure.REJECTED;
        }
        Account account = found.get();
        if (account.isLocked(time.now())) {
            audit.record(actor, AuditAction.SIGN_IN_FAILED, AuditTarget.account(username), "account is locked");
            return Failure.LOCKED;
        }
        boolean lockedNow = account.recordFailedSignIn(time.now(), settings.maxSignInFailures(),
                Duration.ofMinutes(settings.lockoutMinutes()));
        String reason = !account.isActive() ? "account is inactive"
                : !account.hasPassword() ? "no password issued yet" : "wrong password";
        audit.record(actor, AuditAction.SIGN_IN_FAILED, AuditTarget.account(username), reason);
        if (lockedNow) {
            audit.record(actor, AuditAction.SIGN_IN_LOCKED, AuditTarget.account(username),
                    settings.maxSignInFailures() + " failures in a row; locked for " + settings.lockoutMinutes()
                            + " minutes");
            return Failure.LOCKED;
        }
        return Failure.REJECTED;
    }

    @Transactional
    public void recordSignOut(Actor actor) {
        audit.record(actor, AuditAction.SIGN_OUT, AuditTarget.account(actor.username()), null);
    }

    /** The signed-in view, refreshed after a password change clears the must-change flag. */
    public Optional<SignedInUser> current(String username) {
        return accounts.findByUsername(username.toLowerCase(Locale.ROOT)).map(SignIns::view);
    }

    private static SignedInUser view(Account account) {
        StaffMember member = account.getStaffMember();
        return new SignedInUser(account.getUsername(), member.getEmployeeId(), member.getName().getDisplayName(),
                member.getDepartment().getName(), member.getJobRole().getTitle(), Set.copyOf(account.getRoles()),
                account.isMustChangePassword());
    }
}
