package org.carelearn.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.StaffChange;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * admin/staff-member.xhtml: adds a person (no employee id in the address) or edits one, and manages
 * their account: roles, a temporary password, unlocking.
 */
@Named
@ViewScoped
public class EditStaffMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Accounts accounts;

    @Inject
    private HospitalTime time;

    @Inject
    private CurrentActor currentActor;

    private String employeeId;
    private boolean existing;
    private boolean active = true;
    private long version;
    private final StaffForm form = new StaffForm();
    private AccountView account;
    private String temporaryPassword;

    /** The view action: loads the person named in the address, if any. */
    public void load() {
        if (employeeId == null || employeeId.isBlank()) {
            return;
        }
        StaffMember member = directory.find(employeeId).orElse(null);
        if (member == null) {
            Messages.addFlashGlobalError("No staff member with employee id " + employeeId);
            Faces.redirect("admin/staff.xhtml");
            return;
        }
        existing = true;
        show(member);
    }

    private void show(StaffMember member) {
        employeeId = member.getEmployeeId();
        active = member.isActive();
        version = member.getVersion();
        form.fill(member);
        account = directory.accountOf(member).map(a -> AccountView.of(a, time.now())).orElse(null);
        form.grant(account == null ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(account.getRoles()));
    }

    public String save() {
        // checked here rather than with required="true", which makes PrimeFaces put aria-required on the
        // checkbox group, where WAI-ARIA does not allow it
        if (form.getRoles() == null || form.getRoles().length == 0) {
            Messages.create("Choose at least one role").error().add("member:roles");
            Faces.validationFailed();
            return null;
        }
        try {
            StaffChange change = form.toChange(existing ? employeeId : form.getEmployeeId());
            if (existing) {
                directory.update(currentActor.get(), change, version);
                Messages.addFlashGlobalInfo("Saved " + form.getGivenName() + " " + form.getFamilyName() + ".");
            } else {
                StaffMember added = directory.add(currentActor.get(), change);
                Messages.addFlashGlobalInfo("Added " + added.getName().getDisplayName() + " (" + added.getEmployeeId()
                        + "). Issue a temporary password so they can sign in.");
                return "/admin/staff-member?faces-redirect=true&employeeId=" + added.getEmployeeId();
            }
            return "/admin/staff-member?faces-redirect=true&employeeId=" + employeeId;
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
            return null;
        }
    }

    public void deactivate() {
        act(() -> directory.deactivate(currentActor.get(), employeeId), "Deactivated; their account can no longer sign in.");
    }

    public void reactivate() {
        act(() -> directory.reactivate(currentActor.get(), employeeId), "Reactivated, with their account.");
    }

    public void issueTemporaryPassword() {
        try {
            temporaryPassword = new String(accounts.issueTemporaryPassword(currentActor.get(), account.getUsername()));
            reload();
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public void unlock() {
        act(() -> accounts.unlock(currentActor.get(), account.getUsername()), "Unlocked.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            reload();
            Messages.addGlobalInfo(done);
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    private void reload() {
        directory.find(employeeId).ifPresent(this::show);
    }

    /** Suggestions for the manager field: active staff whose name or employee id matches. */
    public List<String> suggestManagers(String typed) {
        StaffSearch byName = new StaffSearch(null, typed, null, null, null, true, StaffSearch.Sort.NAME, true);
        StaffSearch byId = new StaffSearch(typed, null, null, null, null, true, StaffSearch.Sort.EMPLOYEE_ID, true);
        List<StaffMember> found = directory.search(byName, 0, 10);
        if (found.isEmpty()) {
            found = directory.search(byId, 0, 10);
        }
        return found.stream().map(s -> s.getEmployeeId() + " " + s.getName().getDisplayName()).toList();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(String employeeId) {
        this.employeeId = employeeId;
    }

    public String getHeading() {
        return existing ? form.getGivenName() + " " + form.getFamilyName() : "Add a staff member";
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isActive() {
        return active;
    }

    public StaffForm getForm() {
        return form;
    }

    public AccountView getAccount() {
        return account;
    }

    /** Shown once, right after it was issued; gone with the view. */
    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    /** What the page shows of an account: never the hash. */
    public static final class AccountView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String username;
        private final Set<Role> roles;
        private final boolean passwordIssued;
        private final boolean mustChangePassword;
        private final boolean locked;
        private final Instant lockedUntil;
        private final int failedAttempts;
        private final Instant lastSignInAt;

        private AccountView(Account account, Instant now) {
            this.locked = account.isLocked(now);
            this.username = account.getUsername();
            this.roles = Set.copyOf(account.getRoles());
            this.passwordIssued = account.hasPassword();
            this.mustChangePassword = account.isMustChangePassword();
            this.lockedUntil = account.getLockedUntil();
            this.failedAttempts = account.getFailedAttempts();
            this.lastSignInAt = account.getLastSignInAt();
        }

        static AccountView of(Account account, Instant now) {
            return new AccountView(account, now);
        }

        public String getUsername() {
            return username;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public boolean isPasswordIssued() {
            return passwordIssued;
        }

        public boolean isMustChangePassword() {
            return mustChangePassword;
        }

        public boolean isLocked() {
            return locked;
        }

        public Instant getLockedUntil() {
            return lockedUntil;
        }

        public int getFailedAttempts() {
            return failedAttempts;
        }

        public Instant getLastSignInAt() {
            return lastSignInAt;
        }
    }
}
