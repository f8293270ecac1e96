package org.carelearn;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.carelearn.assignment.rest.AssignmentResource;
import org.carelearn.competency.rest.CompetencyResource;
import org.carelearn.casework.rest.CaseResource;
import org.carelearn.audit.rest.AuditResource;
import org.carelearn.catalog.rest.CourseResource;
import org.carelearn.competency.rest.FrameworkResource;
import org.carelearn.learning.rest.EnrolmentAdminResource;
import org.carelearn.learning.rest.LaunchSessionAdminResource;
import org.carelearn.learning.rest.MyLearningResource;
import org.carelearn.platform.rest.DatabaseBackupResource;
import org.carelearn.platform.rest.ErrorMappers;
import org.carelearn.reporting.rest.PatientExperienceResource;
import org.carelearn.reporting.rest.ReportingAdminResource;
import org.carelearn.staff.rest.AccountResource;
import org.carelearn.staff.rest.HrImportResource;
import org.carelearn.staff.rest.MeResource;
import org.carelearn.staff.rest.MyPasswordResource;
import org.carelearn.staff.rest.OrganisationResource;
import org.carelearn.staff.rest.StaffResource;
import org.carelearn.xapi.rest.HeldStatementsResource;
import org.carelearn.xapi.rest.XapiApi;

/**
 * CareLearn's REST API under /api (web.xml protects it by role like the pages). Resources are listed here
 * rather than found by scanning, so that what the API offers is decided in one place. The providers are
 * the same as the LRS application's ({@link XapiApi}), which explains why.
 */
@ApplicationPath("/api")
public class RestApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(Set.of(MeResource.class, OrganisationResource.class, StaffResource.class,
                AccountResource.class, HrImportResource.class, AuditResource.class, MyLearningResource.class,
                EnrolmentAdminResource.class, CourseResource.class));
        classes.addAll(Set.of(MyPasswordResource.class, LaunchSessionAdminResource.class, AssignmentResource.class,
                CompetencyResource.class, CaseResource.class));
        classes.addAll(Set.of(DatabaseBackupResource.class, FrameworkResource.class, ReportingAdminResource.class,
                HeldStatementsResource.class, PatientExperienceResource.class));
        classes.addAll(ErrorMappers.ALL);
        classes.addAll(XapiApi.PROVIDERS);
        return classes;
    }
}
