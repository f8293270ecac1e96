package org.carelearn.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.carelearn.competency.application.CompetencyAuthority;
import org.carelearn.competency.application.CompetencyEntry;
import org.carelearn.competency.application.CompetencyGrid;
import org.carelearn.competency.application.GridPage;
import org.carelearn.competency.application.GridQuery;
import org.carelearn.competency.domain.CompetencyStatus;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.web.AuditedRefusal;
import org.carelearn.staff.application.OrgUnit;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * competency/grid.xhtml: the manager's grid, people × competencies, for their line (everyone for an
 * administrator), each cell the status as a colour and its words; filtered by department, job role, competency
 * and status in the query string (a bookmarkable GET form), {@value #PAGE_SIZE} people a page, exported as XLSX
 * with the same filters.
 */
@Named
@RequestScoped
public class CompetencyGridPage {

    static final int PAGE_SIZE = 25;

    @Inject
    @Param(name = "department")
    private String department;

    @Inject
    @Param(name = "jobRole")
    private String jobRole;

    @Inject
    @Param(name = "competency")
    private String competency;

    @Inject
    @Param(name = "status")
    private String status;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    private CompetencyGrid grid;

    @Inject
    private CompetencyAuthority authority;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    private GridPage result;

    public void load() throws IOException {
        SignedInPerson me = currentPerson.get().orElse(null);
        if (!authority.mayReadGrid(me)) {
            authority.refuse(currentActor.get(), null, "The competency grid");
            AuditedRefusal.mark(Faces.getRequest());
            Faces.responseSendError(403, "Only managers and administrators see the competency grid");
            return;
        }
        result = grid.page(me, query());
    }

    static GridQuery query(String department, String jobRole, String competency, String status, int first, int max) {
        CompetencyStatus wanted = Arrays.stream(CompetencyStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        return new GridQuery(null, department, jobRole, competency, wanted, first, max);
    }

    private GridQuery query() {
        return query(department, jobRole, competency, status, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public GridPage getResult() {
        return result;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return result == null ? 1 : (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<OrgUnit> getDepartments() {
        return grid.departments();
    }

    public List<OrgUnit> getJobRoles() {
        return grid.jobRoles();
    }

    public List<CompetencyEntry> getCompetencies() {
        return result == null ? List.of() : result.competencies();
    }

    public CompetencyStatus[] getStatuses() {
        return CompetencyStatus.values();
    }

    /** The query string of this view on another page (or, page 0, for the export), filters kept. */
    public String link(int toPage) {
        StringBuilder query = new StringBuilder();
        append(query, "department", department);
        append(query, "jobRole", jobRole);
        append(query, "competency", competency);
        append(query, "status", status);
        if (toPage > 0) {
            append(query, "page", String.valueOf(toPage));
        }
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getDepartment() {
        return department;
    }

    public String getJobRole() {
        return jobRole;
    }

    public String getCompetency() {
        return competency;
    }

    public String getStatus() {
        return status;
    }
}
