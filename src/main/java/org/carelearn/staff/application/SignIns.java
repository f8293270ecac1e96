package org.carelearn.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.AccountRepository;
import org.carelearn.staff.domain.AddressThrottle;
import org.carelearn.staff.domain.PasswordHasher;
import org.carelearn.staff.domain.SignInActivity;
import org.carelearn.staff.domain.SignInActivity.Kind;
import org.carelearn.staff.domain.StaffMember;

/**
 * What happens around a sign-in that Elytron checked: successes reset the failure count and are audited;
 * failures are counted and lock the account after too many in a row (carelearn.signin.* settings), and so are
 * wrong passwords a signed-in person types again to attest something ({@link #confirmPassword}).
 * Elytron's realm refuses a locked account, so the lock holds for every way in. Each attempt and sign-out is
 * announced as a {@link SignInActivity} in the transaction that counted it.
 */
@ApplicationScoped
public class SignIns {

    /** How a password typed again by a signed-in person, to attest something with it, was taken. */
    public enum Confirmation {
        /** It is the account's password. */
        CONFIRMED,
        /** It is not; the failure counted towards the lockout, which it did not reach. */
        WRONG,
        /** The account is locked, by this failure or before it: the person must be signed out. */
        LOCKED
    }

    /** How a failed sign-in ended, for the message the sign-in page shows. */
    public enum Failure {
        /** Wrong user name or password: the page must not say which. */
        REJECTED,
        /** This failure, or an earlier run of them, locked the account. */
        LOCKED,
        /** Too many failures from this address, whatever the accounts: it may not try again for a while. */
        THROTTLED
    }

    @Inject
    private AccountRepository accounts;

    @Inject
    private Event<SignInActivity> activity;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<AccountAccessRevoked> revoked;

    @Transactional
    public Optional<SignedInUser> recordSuccess(Actor actor) {
        Optional<Account> found = accounts.findByUsername(actor.username().toLowerCase(Locale.ROOT));
        found.ifPresent(account -> {
            account.recordSignIn(time.now());
            activity.fire(new SignInActivity(actor, Kind.SIGNED_IN, account.getUsername(), null));
        });
        return found.map(SignIns::view);
    }

    /**
     * Counts a failure against the named account, if there is one. The attempt is audited either way,
     * under the name that was typed (never the password).
     */
    @Transactional
    public Failure recordFailure(String typedUsername, String remoteAddress) {
        Actor actor = typedBy(typedUsername, remoteAddress);
        String username = actor.username().equals("anonymous") ? "" : actor.username();
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            activity.fire(new SignInActivity(actor, Kind.FAILED, null, "unknown user name"));
            return Failure.REJECTED;
        }
        Account account = found.get();
        if (account.isLocked(time.now())) {
            activity.fire(new SignInActivity(actor, Kind.FAILED, username, "account is locked"));
            return Failure.LOCKED;
        }
        boolean lockedNow = account.recordFailedSignIn(time.now(), settings.maxSignInFailures(),
                Duration.ofMinutes(settings.lockoutMinutes()));
        String reason = !account.isActive() ? "account is inactive"
                : !account.hasPassword() ? "no password issued yet" : "wrong password";
        activity.fire(new SignInActivity(actor, Kind.FAILED, username, reason));
        if (lockedNow) {
            activity.fire(new SignInActivity(actor, Kind.LOCKED, username,
                    settings.maxSignInFailures() + " failures in a row; locked for " + settings.lockoutMinutes()
                            + " minutes"));
            return Failure.LOCKED;
        }
        return Failure.REJECTED;
    }

    /**
     * Counts a failure as {@link #recordFailure(String, String)} does, and against the address it came from:
     * when the address reaches carelearn.signin.address-max-failures within the window, it is refused (and
     * that is audited too).
     */
    @Transactional
    public Failure recordFailure(String typedUsername, String remoteAddress, AddressThrottle throttle) {
        Failure failure = recordFailure(typedUsername, remoteAddress);
        if (throttle.recordFailure(remoteAddress, time.now(), settings.maxAddressSignInFailures(),
                Duration.ofMinutes(settings.addressWindowMinutes()))) {
            activity.fire(new SignInActivity(typedBy(typedUsername, remoteAddress), Kind.THROTTLED, null,
                    settings.maxAddressSignInFailures() + " failed sign-ins from " + remoteAddress + " within "
                            + settings.addressWindowMinutes() + " minutes; sign-ins from there refused for "
                            + settings.addressWindowMinutes() + " minutes"));
            return Failure.THROTTLED;
        }
        return failure;
    }

    /**
     * Checks the password a signed-in person typed again to attest something with it (an observed validation),
     * under the same count as sign-in: a wrong one is a failed sign-in of the account (audited, with what it was
     * typed for), and the failure that reaches carelearn.signin.max-failures locks the account, audits the lock and
     * ends its other sessions; the caller signs this one out. A locked, inactive or password-less account never
     * confirms. In a transaction of its own, so that the count stays when the caller's work is refused and rolled
     * back. The address throttle is left alone: the person has already signed in from there. The password is
     * cleared once checked.
     *
     * @param purpose what the password was typed for, in the audit trail's words ("to attest an observed validation")
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Confirmation confirmPassword(Actor actor, char[] password, String purpose) {
        try {
            Optional<Account> found = accounts.findByUsername(actor.username().toLowerCase(Locale.ROOT));
            if (found.isEmpty()) {
                activity.fire(new SignInActivity(actor, Kind.FAILED, null, "unknown user name, password typed "
                        + purpose));
                return Confirmation.WRONG;
            }
            Account account = found.get();
            Instant now = time.now();
            if (account.isLocked(now)) {
                activity.fire(new SignInActivity(actor, Kind.FAILED, account.getUsername(), "account is locked,"
                        + " password typed " + purpose));
                return Confirmation.LOCKED;
            }
            boolean right = account.isActive() && account.hasPassword() && password != null && password.length > 0
                    && hasher.matches(password, account.getPasswordHash());
            if (right) {
                if (account.getFailedAttempts() > 0) {
                    account.recordConfirmedPassword();
                }
                return Confirmation.CONFIRMED;
            }
            boolean lockedNow = account.recordFailedSignIn(now, settings.maxSignInFailures(),
                    Duration.ofMinutes(settings.lockoutMinutes()));
            activity.fire(new SignInActivity(actor, Kind.FAILED, account.getUsername(), "wrong password typed "
                    + purpose));
            if (lockedNow) {
                activity.fire(new SignInActivity(actor, Kind.LOCKED, account.getUsername(),
                        settings.maxSignInFailures() + " failures in a row; locked for " + settings.lockoutMinutes()
                                + " minutes"));
                revoked.fire(new AccountAccessRevoked(account.getUsername(), "account locked"));
                return Confirmation.LOCKED;
            }
            return Confirmation.WRONG;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** A sign-in from a refused address: audited under the name typed; the password was not checked. */
    @Transactional
    public void recordRefused(String typedUsername, String remoteAddress) {
        Actor actor = typedBy(typedUsername, remoteAddress);
        activity.fire(new SignInActivity(actor, Kind.THROTTLED,
                actor.username().equals("anonymous") ? null : actor.username(),
                "refused without checking the password: too many failed sign-ins from " + remoteAddress));
    }

    private static Actor typedBy(String typedUsername, String remoteAddress) {
        String username = typedUsername == null ? "" : typedUsername.strip().toLowerCase(Locale.ROOT);
        return new Actor(username.isEmpty() ? "anonymous" : username, remoteAddress);
    }

    @Transactional
    public void recordSignOut(Actor actor) {
        activity.fire(new SignInActivity(actor, Kind.SIGNED_OUT, actor.username(), null));
    }

    /** A session ended without the person signing out: the idle or absolute limit. */
    @Transactional
    public void recordSessionEnded(Actor actor, String why) {
        activity.fire(new SignInActivity(actor, Kind.SIGNED_OUT, actor.username(), why));
    }

    /**
     * Other sessions of an account were ended because its password changed or it was deactivated. Called after
     * that change committed, so in a transaction of its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSessionsEnded(Actor actor, String username, int count, String why) {
        activity.fire(new SignInActivity(actor, Kind.SIGNED_OUT, username,
                (count == 1 ? "1 session" : count + " sessions") + " ended: " + why));
    }

    /**
     * Why a session of this account that began at {@code since} must end now (its password changed or it was
     * deactivated since, on this server or another), or empty if it may go on. Reads the database each time.
     */
    public Optional<String> sessionMustEnd(String username, Instant since) {
        return accounts.sessionValidity(username.toLowerCase(Locale.ROOT))
                .flatMap(validity -> validity.endsSessionBegunAt(since));
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
