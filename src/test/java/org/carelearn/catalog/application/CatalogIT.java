package org.carelearn.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.MoveOn;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.testing.BrokenPackages;
import org.carelearn.testing.Deployments;
import org.carelearn.testing.SampleCourses;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog in the real server: built-in courses, imports and versions, refusals that store nothing, audit. */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    private static final Actor ADMIN = new Actor("admin", "10.9.8.7");

    @Deployment
    static WebArchive deployment() {
        return Deployments.carelearn();
    }

    @Inject
    Catalog catalog;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    ContentAccess access;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private CourseVersionView importBytes(String fileName, byte[] bytes) {
        return catalog.importPackage(fileName, new ByteArrayInputStream(bytes), ADMIN);
    }

    /** Rows of the catalog's three tables, to prove that a refusal stored nothing. */
    private List<Long> rowCounts() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return List.of(count(connection, "COURSE"), count(connection, "COURSE_VERSION"),
                    count(connection, "COURSE_FILE"));
        }
    }

    private static long count(Connection connection, String table) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theBuiltInCoursesAreInTheCatalogAfterStartup() {
        for (String course : List.of("empathetic-communication", "cultural-sensitivity", "trauma-informed-care")) {
            CourseVersionView latest = catalog.latest("https://carelearn.example/courses/" + course).orElseThrow();
            assertTrue(latest.packaged(), course);
            assertEquals("system", latest.importedBy());
            assertEquals(1, catalog.versions(latest.courseIri()).size(), course + " was imported once");
            assertTrue(latest.structure().aus().size() >= 3, course);
        }
        CourseVersionView trauma = catalog.latest("https://carelearn.example/courses/trauma-informed-care").orElseThrow();
        Au assessment = trauma.structure().au("https://carelearn.example/courses/trauma-informed-care/au/assessment")
                .orElseThrow();
        assertEquals(MoveOn.PASSED, assessment.moveOn());
        assertEquals(0, new java.math.BigDecimal("0.8").compareTo(assessment.masteryScore()));
        assertTrue(catalog.file(trauma.versionId(), "_runtime/carelearn-core.js").isPresent(),
                "the shared runtime is served with the course");
    }

    @Test
    void importingACourseAgainAddsAVersionAndKeepsTheFirst() throws Exception {
        String iri = SampleCourses.uniqueCourseIri();
        List<Long> before = rowCounts();
        CourseVersionView first = importBytes("first.zip", SampleCourses.goodPackage(iri, "First title"));
        CourseVersionView second = importBytes("second.zip", SampleCourses.goodPackage(iri, "Second title"));

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        assertEquals(List.of(before.get(0) + 1, before.get(1) + 2, before.get(2) + 8), rowCounts());
        assertEquals("First title", catalog.version(first.versionId()).orElseThrow().title());
        assertEquals(second.versionId(), catalog.latest(iri).orElseThrow().versionId());
        assertEquals(List.of(2, 1), catalog.versions(iri).stream().map(CourseVersionView::number).toList());
        assertTrue(catalog.courses().stream().anyMatch(c -> c.courseIri().equals(iri) && c.latestNumber() == 2
                && c.title().equals("Second title") && c.auCount() == 2));
        AuditEvent imported = events(iri).get(0);
        assertEquals(AuditAction.COURSE_IMPORTED, imported.getAction());
        assertEquals("10.9.8.7", imported.getRemoteAddress());
        assertTrue(imported.getDetail().startsWith("version 2 from second.zip: 2 AUs, 4 files"), imported.getDetail());
    }

    @Test
    void aStandaloneCmi5XmlKeepsItsAbsoluteUrls() {
        String iri = SampleCourses.uniqueCourseIri();
        CourseVersionView view = importBytes("cmi5.xml", SampleCourses.utf8(
                SampleCourses.oneAu(iri, "https://content.example/au/1?lang=en", "")));
        assertFalse(view.packaged());
        Au au = view.structure().aus().get(0);
        assertEquals("https://content.example/au/1?lang=en", access.grantedUrl(view.versionId(), au, "launch test",
                "http://app.test", Instant.now().plusSeconds(60)), "an AU on another server needs no grant");
    }

    @Test
    void aContentGrantOpensOneVersionForItsOriginUntilItEnds() {
        CourseVersionView view = importBytes("granted.zip", SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(),
                "Granted"));
        Au lesson = view.structure().aus().get(0);
        String holder = "launch " + java.util.UUID.randomUUID();
        String url = access.grantedUrl(view.versionId(), lesson, holder, "http://app.test:8080/",
                Instant.now().plusSeconds(600));
        String prefix = settings.contentUrl("http://app.test:8080/") + "/content/";
        assertTrue(url.startsWith(prefix) && url.endsWith("/lesson/index.html"), url);
        String token = url.substring(prefix.length(), url.length() - "/lesson/index.html".length());

        assertEquals(Optional.of(new ContentPass(view.versionId(), "http://app.test:8080")), access.pass(token));
        assertEquals(Optional.empty(), access.pass(token.substring(1) + "A"), "another token opens nothing");
        assertEquals(Optional.empty(), access.pass("../" + token));
        access.end(holder, Instant.now().minusSeconds(1));
        assertEquals(Optional.empty(), access.pass(token), "the launch ended, and its grant with it");
    }

    @Test
    void everyBrokenPackageIsRefusedAndStoresNothing() throws Exception {
        for (BrokenPackages broken : BrokenPackages.values()) {
            List<Long> before = rowCounts();
            PackageRejected rejected = assertThrows(PackageRejected.class,
                    () -> importBytes(broken.fileName, broken.bytes()), broken.name());
            assertTrue(rejected.reasons().stream().anyMatch(r -> r.contains(broken.reason)),
                    broken + ": " + rejected.reasons());
            assertEquals(before, rowCounts(), broken + " stored nothing");
        }
        List<AuditEvent> refusals = audit.find(new AuditFilter(null, AuditAction.COURSE_IMPORT_REJECTED, null,
                "bad-move-on.zip", null, null), 0, 10);
        assertFalse(refusals.isEmpty(), "the refusal is audited");
        assertTrue(refusals.get(0).getDetail().contains("moveOn 'Complete' is not one of"), refusals.get(0).getDetail());
    }

    @Test
    void anUploadOverTheConfiguredLimitIsTooLarge() throws Exception {
        String previous = System.getProperty("carelearn.catalog.max-package-mb");
        System.setProperty("carelearn.catalog.max-package-mb", "1");
        try {
            List<Long> before = rowCounts();
            byte[] big = new byte[(1 << 20) + 10];
            byte[] zip = SampleCourses.goodPackage(SampleCourses.uniqueCourseIri(), "Big");
            System.arraycopy(zip, 0, big, 0, zip.length);
            PackageTooLarge tooLarge = assertThrows(PackageTooLarge.class, () -> importBytes("big.zip", big));
            assertEquals(List.of("the upload is larger than 1 MB, the limit for a package"
                    + " (carelearn.catalog.max-package-mb)"), tooLarge.reasons());
            assertEquals(before, rowCounts());
        } finally {
            if (previous == null) {
                System.clearProperty("carelearn.catalog.max-package-mb");
            } else {
                System.setProperty("carelearn.catalog.max-package-mb", previous);
            }
        }
    }

    private List<AuditEvent> events(String iri) {
        return audit.find(new AuditFilter(null, null, "Course", iri, null, null), 0, 10);
    }
}
