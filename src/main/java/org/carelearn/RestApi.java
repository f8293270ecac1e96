package org.carelearn;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.carelearn.audit.rest.AuditResource;
import org.carelearn.platform.rest.BusinessRuleMapper;
import org.carelearn.platform.rest.UnexpectedErrorMapper;
import org.carelearn.platform.rest.ValidationMapper;
import org.carelearn.staff.rest.AccountResource;
import org.carelearn.staff.rest.HrImportResource;
import org.carelearn.staff.rest.MeResource;
import org.carelearn.staff.rest.OrganisationResource;
import org.carelearn.staff.rest.StaffResource;

/**
 * CareLearn's REST API under /api (web.xml protects it by role like the pages). Resources and providers
 * are listed here rather than found by scanning, so that what the API offers is decided in one place
 * and nothing a library brings along joins it unnoticed. The providers carry no {@code @Provider}: the
 * deployment holds a second application (the LRS at /xapi, {@link org.carelearn.xapi.rest.XapiApi}), and a
 * discovered provider would act for both.
 */
@ApplicationPath("/api")
public class RestApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                MeResource.class, OrganisationResource.class, StaffResource.class, AccountResource.class,
                HrImportResource.class, AuditResource.class,
                BusinessRuleMapper.class, ValidationMapper.class, UnexpectedErrorMapper.class);
    }
}
