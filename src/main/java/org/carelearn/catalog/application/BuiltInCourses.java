package org.carelearn.catalog.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.catalog.domain.CourseStructureReader;
import org.carelearn.catalog.domain.PackageZip;
import org.carelearn.platform.persistence.SchemaMigrations;
import org.carelearn.platform.security.Actor;

/**
 * CareLearn's own courses (courses/ in the source; the build packs them into the WAR's class path under
 * builtin-courses/, listed in its index.txt) are product content: each is imported at start-up, as the
 * system, and offered to learners, unless its course is already in the catalog. So a new installation has them,
 * a restart changes nothing, and an admin's newer version (or their choice to retire one) is never overridden.
 */
@ApplicationScoped
public class BuiltInCourses {

    static final String FOLDER = "/builtin-courses/";
    private static final Logger LOG = Logger.getLogger(BuiltInCourses.class.getName());

    @Inject
    private Catalog catalog;

    void importOnStartup(@Observes @Priority(SchemaMigrations.PRIORITY + 5) Startup startup) {
        for (String name : packages()) {
            importIfNew(name);
        }
    }

    private static List<String> packages() {
        try (InputStream index = BuiltInCourses.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (index == null) {
                LOG.warning("No built-in courses in this build (" + FOLDER + "index.txt is missing)");
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> line.endsWith(".zip")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the built-in courses", e);
        }
    }

    private void importIfNew(String name) {
        try {
            String iri = courseIri(name);
            if (iri == null || catalog.latest(iri).isPresent()) {
                return;
            }
            try (InputStream in = BuiltInCourses.class.getResourceAsStream(FOLDER + name)) {
                CourseVersionView view = catalog.importPackage(name, in, Actor.system());
                catalog.changeAvailability(Actor.system(), iri, CourseAvailability.OFFERED);
                LOG.info(() -> "Imported the built-in course " + view.title() + " (" + iri + ") into the catalog");
            }
        } catch (PackageRejected e) {
            LOG.severe(() -> "The built-in course " + name + " was refused: " + e.reasons());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "The built-in course " + name + " could not be imported", e);
        }
    }

    /** The course IRI a built-in package declares, read from its cmi5.xml without storing anything. */
    private static String courseIri(String name) throws IOException {
        InputStream in = BuiltInCourses.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            LOG.severe(() -> "The built-in course " + name + " is listed but not in the WAR");
            return null;
        }
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals(PackageZip.STRUCTURE)) {
                    CourseStructureReader.Reading reading = CourseStructureReader.read(zip.readAllBytes(), null);
                    return reading.structure() == null ? null : reading.structure().id();
                }
            }
        }
        return null;
    }
}
