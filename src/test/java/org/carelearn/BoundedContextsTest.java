package org.carelearn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules between bounded contexts (shared/STYLE.md), checked on the compiled classes of
 * {@code src/main}, so that a stray import fails the build rather than a review.
 */
class BoundedContextsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.carelearn");

    @Test
    void onlyTheAuditContextKnowsTheAuditTrail() {
        noClasses().that().resideOutsideOfPackage("org.carelearn.audit..")
                // The REST application lists every context's resources, the audit trail's among them.
                .and().doNotBelongToAnyOf(RestApi.class)
                .should().dependOnClassesThat().resideInAPackage("org.carelearn.audit..")
                .because("contexts announce what happened as events; audit observes them and is the only one that"
                        + " writes or reads the trail")
                .check(MAIN);
    }
}
