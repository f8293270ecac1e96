package org.carelearn.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.Account;
import org.carelearn.staff.domain.StaffMember;

/**
 * index.xhtml: what each role has to do today. Each panel loads only for a person holding its role, so a
 * learner's home page does not pay for the admin's counts.
 */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffDirectory directory;

    @Inject
    private Accounts accounts;

    private StaffMember me;
    private List<StaffMember> directReports;
    private Map<String, Long> headcount;

    @PostConstruct
    void load() {
        if (currentUser.isKnown()) {
            me = directory.find(currentUser.getEmployeeId()).orElse(null);
        }
    }

    public StaffMember getMe() {
        return me;
    }

    public List<StaffMember> getDirectReports() {
        if (directReports == null) {
            directReports = me == null || !currentUser.isManager() ? List.of() : directory.directReportsOf(me);
        }
        return directReports;
    }

    public Map<String, Long> getHeadcount() {
        if (headcount == null) {
            headcount = currentUser.isLeadership() ? directory.activeCountByDepartment() : Map.of();
        }
        return headcount;
    }

    public List<Map.Entry<String, Long>> getHeadcountRows() {
        return List.copyOf(getHeadcount().entrySet());
    }

    public long getActiveStaff() {
        return directory.countActive();
    }

    public long getAwaitingPassword() {
        return accounts.countAwaitingPassword();
    }

    public List<Account> getLockedAccounts() {
        return accounts.locked();
    }
}
