package org.carelearn.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.Role;
import org.carelearn.staff.application.Accounts;
import org.carelearn.staff.application.Organisation;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.hrfeed.HrFeedImport;
import org.carelearn.staff.application.hrfeed.ImportProgress;
import org.carelearn.staff.application.hrfeed.ImportResult;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.carelearn.xapi.application.LrsClients;

/** Loads the demo hospital at start-up when carelearn.demo-data is true and the directory is empty. */
@ApplicationScoped
public class DemoHospital {

    private static final Logger LOG = Logger.getLogger(DemoHospital.class.getName());
    private static final String FOLDER = "/demo/";
    /** The demo LRS client's credentials, as the README gives them. */
    static final String DEMO_LRS_KEY = "demo-lrs-client";
    static final String DEMO_LRS_SECRET = "Demo-LRS-Secret-2026";

    @Inject
    private Settings settings;

    @Inject
    private Organisation organisation;

    @Inject
    private StaffDirectory directory;

    @Inject
    private HrFeedImport hrFeed;

    @Inject
    private Accounts accounts;

    @Inject
    private LrsClients lrsClients;

    /** All of it or nothing: one transaction, which every service call below joins. */
    @Transactional
    void loadOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 10) Startup startup) {
        if (!settings.loadDemoData()) {
            return;
        }
        if (!organisation.departments().isEmpty() || directory.count(StaffSearch.all()) > 0) {
            return;
        }
        load();
        LOG.info("Loaded the demo hospital (fictional Linden Ridge Cancer Center); see README for the demo accounts");
    }

    private void load() {
        Actor system = Actor.system();
        for (List<String> row : rows("organisation.csv")) {
            if (row.get(0).equals("department")) {
                organisation.addDepartment(system, row.get(1), row.get(2));
            } else {
                organisation.addJobRole(system, row.get(1), row.get(2));
            }
        }
        try (Reader staff = reader("staff.csv")) {
            ImportResult result = hrFeed.run(system, "demo-staff.csv", staff, ImportProgress.NONE);
            if (!result.accepted()) {
                throw new IllegalStateException("The demo staff do not import: " + result.problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        grantManagerRoleToManagers(system);
        for (List<String> row : rows("accounts.csv")) {
            Set<Role> roles = Arrays.stream(row.get(1).split(" ")).map(Role::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            accounts.grantRoles(system, row.get(0), roles);
            accounts.setPassword(system, row.get(0), row.get(2).toCharArray(), false);
        }
        lrsClients.createWith(DEMO_LRS_KEY, DEMO_LRS_SECRET, "Demo LRS client (read and write)", true, true);
    }

    /** Everyone with direct reports manages them in CareLearn too. */
    private void grantManagerRoleToManagers(Actor system) {
        for (StaffMember member : directory.search(StaffSearch.all(), 0, Integer.MAX_VALUE)) {
            if (member.isActive() && !directory.directReportsOf(member).isEmpty()) {
                accounts.grantRoles(system, accounts.ofStaffMember(member).getUsername(),
                        EnumSet.of(Role.LEARNER, Role.MANAGER));
            }
        }
    }

    /** The simple CSV of the demo files: no quoting, header skipped. */
    static List<List<String>> rows(String file) {
        try (InputStream in = DemoHospital.class.getResourceAsStream(FOLDER + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> List.of(line.split(",", -1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String file) {
        return new InputStreamReader(DemoHospital.class.getResourceAsStream(FOLDER + file), StandardCharsets.UTF_8);
    }
}
