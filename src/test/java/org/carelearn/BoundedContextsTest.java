package org.carelearn;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules between bounded contexts (the house style), checked on the compiled classes of
 * {@code src/main}, so that a stray import fails the build rather than a review.
 */
class BoundedContextsTest {

    /** The bounded contexts that have pages; platform is shared by all and knows none of them. */
    private static final List<String> CONTEXTS = List.of("staff", "catalog", "learning", "assignment", "notification",
            "xapi", "audit", "competency", "casework", "reporting");

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

    @Test
    void noContextsPagesReachIntoAnotherContextsPagesOrEntities() {
        for (String context : CONTEXTS) {
            List<String> others = CONTEXTS.stream().filter(other -> !other.equals(context)).toList();
            DescribedPredicate<JavaClass> anotherContextsPage = resideInAnyPackage(
                    others.stream().map(other -> "org.carelearn." + other + ".web..").toArray(String[]::new));
            DescribedPredicate<JavaClass> anotherContextsEntity = resideInAnyPackage(
                    others.stream().map(other -> "org.carelearn." + other + ".domain..").toArray(String[]::new))
                    .and(annotatedWith(Entity.class));
            noClasses().that().resideInAPackage("org.carelearn." + context + ".web..")
                    .should().dependOnClassesThat(anotherContextsPage.or(anotherContextsEntity))
                    .because("a page learns who is signed in from platform.security and about other contexts from"
                            + " their application services, as small records")
                    .check(MAIN);
        }
    }

    @Test
    void noEntityCrossesAContext() {
        for (String context : CONTEXTS) {
            DescribedPredicate<JavaClass> anotherContextsEntity = resideInAnyPackage(CONTEXTS.stream()
                    .filter(other -> !other.equals(context)).map(other -> "org.carelearn." + other + ".domain..")
                    .toArray(String[]::new)).and(annotatedWith(Entity.class));
            noClasses().that().resideInAPackage("org.carelearn." + context + "..")
                    .should().dependOnClassesThat(anotherContextsEntity)
                    .because("contexts exchange small records and events; an entity stays in the context that owns"
                            + " its table")
                    .check(MAIN);
        }
    }
}
